namespace RelationshipCoach.Slack.Api;

/// <summary>Spaces messages to one channel about a second apart, the pace chat.postMessage allows per channel.</summary>
public sealed class ChannelPace(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, DateTimeOffset> _nextFree = [];

    public async Task WaitTurnAsync(string channel, CancellationToken ct)
    {
        TimeSpan wait;
        lock (_nextFree)
        {
            var now = clock.GetUtcNow();
            if (_nextFree.Count > 10_000) Forget(now);
            var slot = _nextFree.TryGetValue(channel, out var free) && free > now ? free : now;
            _nextFree[channel] = slot + Interval;
            wait = slot - now;
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var channel in _nextFree.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList()) _nextFree.Remove(channel);
    }
}
