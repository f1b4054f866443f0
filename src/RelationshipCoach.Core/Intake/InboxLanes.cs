using System.Threading.Channels;

namespace RelationshipCoach.Core.Intake;

/// <summary>
/// Requests safe in an inbox folder, waiting for the background: one lane per worker, chosen by conversation, so a
/// conversation's requests are handled one after another, in order. The lanes never make an acknowledgement wait:
/// past <see cref="KeptInMemory"/> waiting, a request waits in the folder only and is read back when its turn comes.
/// </summary>
public class InboxLanes<T>(int lanes) where T : class
{
    /// <summary>Requests kept whole in memory while they wait; a flood beyond this costs disk, not memory.</summary>
    public const int KeptInMemory = 1000;

    private readonly Channel<InboxTurn<T>>[] _lanes = Enumerable.Range(0, lanes)
        .Select(_ => Channel.CreateUnbounded<InboxTurn<T>>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();

    private int _waiting;

    /// <summary>Queues without waiting: the lanes are unbounded and never closed, so the write always succeeds.</summary>
    public void Enqueue(string conversation, string inboxId, T body, bool leftByStop)
    {
        var kept = Interlocked.Increment(ref _waiting) <= KeptInMemory ? body : null;
        _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversation) % _lanes.Length)].Writer.TryWrite(new InboxTurn<T>(inboxId, kept, leftByStop));
    }

    /// <summary>
    /// Works every lane on <paramref name="threads"/> until stopped, a lane's turns one after another. A turn that
    /// fails goes to <paramref name="failed"/> and its lane goes on; the work is marked <see cref="Deferred"/>, since
    /// whoever sent it has had their acknowledgement.
    /// </summary>
    public Task WorkAsync(TaskScheduler threads, Func<InboxTurn<T>, CancellationToken, Task> handle, Action<InboxTurn<T>, Exception> failed, CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane =>
            Task.Factory.StartNew(() => WorkLaneAsync(lane.Reader, handle, failed, stoppingToken), stoppingToken, TaskCreationOptions.None, threads).Unwrap()));

    private async Task WorkLaneAsync(ChannelReader<InboxTurn<T>> lane, Func<InboxTurn<T>, CancellationToken, Task> handle, Action<InboxTurn<T>, Exception> failed, CancellationToken stoppingToken)
    {
        Deferred.Mark();
        await foreach (var turn in lane.ReadAllAsync(stoppingToken))
        {
            Interlocked.Decrement(ref _waiting);
            try
            {
                await handle(turn, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failed(turn, e);
            }
        }
    }
}

/// <summary>
/// A request in its lane. Without <see cref="Body"/> it waits in the folder only and is read back when its turn
/// comes; one a stop left behind is handled even if the ledger has seen it.
/// </summary>
public sealed record InboxTurn<T>(string InboxId, T? Body, bool LeftByStop) where T : class;
