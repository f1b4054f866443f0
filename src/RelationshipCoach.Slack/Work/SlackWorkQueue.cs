using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RelationshipCoach.Slack.Work;

/// <summary>
/// Work Slack was already told is accepted (Slack wants its answer within 3 s): a bounded queue, drained in the
/// background by a few workers, each item in its own DI scope.
/// </summary>
public sealed class SlackWorkQueue(IServiceScopeFactory scopes, ILogger<SlackWorkQueue> log) : BackgroundService
{
    public const int Capacity = 1000;
    /// <summary>
    /// The work mostly waits (on SQLite, on Slack, on a channel's one-message-a-second pace), so more workers than
    /// cores keep the queue moving; with 4, a busy minute filled the queue and held Slack's acknowledgements back.
    /// </summary>
    public const int Workers = 16;
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
