using System.Globalization;

namespace RelationshipCoach.Bench.Load.Traffic;

/// <summary>Where requests go: Slack events, Slack slash commands, Teams activities, playground messages.</summary>
public enum Channel { Events, Commands, Teams, Playground }

/// <summary>The relative weight of each channel in the traffic, e.g. "events:25,commands:15,teams:30,playground:30".</summary>
public sealed record Mix(IReadOnlyDictionary<Channel, int> Weights)
{
    public static readonly Mix Default = Parse("events:25,commands:15,teams:30,playground:30");

    public static Mix Parse(string spec)
    {
        var weights = new Dictionary<Channel, int>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':');
            if (pieces.Length != 2 || !Enum.TryParse<Channel>(pieces[0], ignoreCase: true, out var channel)
                || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
                throw new ArgumentException($"--mix takes kind:weight pairs (events, commands, teams, playground), not '{part}'.");
            weights[channel] = weight;
        }
        if (weights.Values.Sum() <= 0) throw new ArgumentException("--mix needs at least one positive weight.");
        return new Mix(weights);
    }

    /// <summary>The channel of the n-th request: a fixed interleaving, so every run sends the same sequence.</summary>
    public Channel Pick(long n)
    {
        var total = Weights.Values.Sum();
        var slot = (int)(Scramble(n) % (ulong)total);
        foreach (var (channel, weight) in Weights.OrderBy(w => w.Key))
        {
            if (slot < weight) return channel;
            slot -= weight;
        }
        throw new InvalidOperationException("Unreachable: the slot is below the total weight.");
    }

    public override string ToString() => string.Join(",", Weights.OrderBy(w => w.Key).Select(w => $"{w.Key.ToString().ToLowerInvariant()}:{w.Value}"));

    /// <summary>A cheap, fixed bijection so that consecutive request numbers spread over the channels.</summary>
    public static ulong Scramble(long n)
    {
        var x = (ulong)n * 0x9E3779B97F4A7C15UL;
        return x ^ (x >> 29);
    }
}
