using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// Stored activities waiting for the workers, so the HTTP request is answered at once. One lane per worker, chosen by
/// conversation, so a conversation's activities are still handled one after another, in order. The lanes never make
/// an acknowledgement wait: past <see cref="KeptInMemory"/> waiting, an activity waits in the inbox folder only.
/// </summary>
public sealed class ActivityQueue
{
    /// <summary>Activities kept parsed in memory while they wait; a flood beyond this costs disk, not memory.</summary>
    public const int KeptInMemory = 1000;

    /// <summary>The work mostly waits (on SQLite, on the connector), so several lanes keep the queue moving on few cores.</summary>
    public const int Lanes = 8;

    private readonly Channel<StoredActivity>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateUnbounded<StoredActivity>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();

    private int _waiting;

    /// <summary>Queues without waiting: the lanes are unbounded and never closed, so the write always succeeds.</summary>
    public void Enqueue(string inboxId, Activity activity, bool leftByStop)
    {
        var kept = Interlocked.Increment(ref _waiting) <= KeptInMemory ? activity : null;
        _lanes[LaneOf(activity)].Writer.TryWrite(new StoredActivity(inboxId, kept, leftByStop));
    }

    public async IAsyncEnumerable<StoredActivity> ReadAllAsync(int lane, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in _lanes[lane].Reader.ReadAllAsync(ct))
        {
            Interlocked.Decrement(ref _waiting);
            yield return stored;
        }
    }

    private static int LaneOf(Activity activity) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(activity.Conversation?.Id ?? "") % Lanes);
}
