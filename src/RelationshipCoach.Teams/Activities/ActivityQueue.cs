using System.Threading.Channels;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Authenticated, de-duplicated activities waiting for the worker, so the HTTP request is answered at once.</summary>
public sealed class ActivityQueue
{
    /// <summary>Bounded so that a flood waits at the door instead of filling memory.</summary>
    public const int Capacity = 1000;
    private readonly Channel<Activity> _channel = Channel.CreateBounded<Activity>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public ValueTask EnqueueAsync(Activity activity, CancellationToken ct) => _channel.Writer.WriteAsync(activity, ct);

    public IAsyncEnumerable<Activity> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);

    public void Complete() => _channel.Writer.TryComplete();
}
