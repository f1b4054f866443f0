using System.Threading.Channels;

namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// Authenticated, de-duplicated activities waiting for the workers, so the HTTP request is answered at once. One lane
/// per worker, chosen by conversation, so a conversation's activities are still handled one after another, in order.
/// </summary>
public sealed class ActivityQueue
{
    /// <summary>Bounded so that a flood waits at the door instead of filling memory.</summary>
    public const int Capacity = 1000;

    /// <summary>The work mostly waits (on SQLite, on the connector), so several lanes keep the queue moving on few cores.</summary>
    public const int Lanes = 8;

    private readonly Channel<Activity>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateBounded<Activity>(new BoundedChannelOptions(Capacity / Lanes) { SingleReader = true }))
        .ToArray();

    public ValueTask EnqueueAsync(Activity activity, CancellationToken ct) => _lanes[LaneOf(activity)].Writer.WriteAsync(activity, ct);

    public IAsyncEnumerable<Activity> ReadAllAsync(int lane, CancellationToken ct) => _lanes[lane].Reader.ReadAllAsync(ct);

    public void Complete()
    {
        foreach (var lane in _lanes) lane.Writer.TryComplete();
    }

    private static int LaneOf(Activity activity) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(activity.Conversation?.Id ?? "") % Lanes);
}
