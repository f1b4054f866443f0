using System.Collections.Concurrent;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Delivery;

/// <summary>
/// Runs each message decided inside a transaction in its own scope once the transaction has committed, so a burst
/// of reminders reaches Slack and Teams side by side instead of one per scheduler thread at a time. A stop lets the
/// sends under way finish, within the host's shutdown timeout; one it cuts short stays held and goes out after the
/// next start, when its hold (<see cref="Core.CoachOptions.SendHold"/>) ends.
/// </summary>
public sealed class AfterCommitSends(IServiceScopeFactory scopes, ILogger<AfterCommitSends> log) : IAfterCommitSends, IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    /// <summary>Cancelled only when the shutdown timeout runs out, not when the stop begins.</summary>
    private readonly CancellationTokenSource _abandon = new();

    public void Start(InFlightMessage message)
    {
        var send = Task.Run(() => SendAsync(message));
        _running.TryAdd(send, 0);
        send.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken ct)
    {
        await using var abandon = ct.Register(_abandon.Cancel);
        await Task.WhenAll(_running.Keys).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task SendAsync(InFlightMessage message)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConsiderateMessenger>().SendInFlightAsync(message, _abandon.Token);
        }
        catch (Exception e)
        {
            log.LogWarning("A message to person {UserId} could not be handed to its channel now; it stays held and goes out after the next start: {Reason}",
                message.Profile.Id, e.Message);
        }
    }
}
