namespace RelationshipCoach.Bench.Load.Scheduler;

/// <summary>One group of reminders due in the same second: how many were sent, how many within 2 s, and how late.</summary>
public sealed record BurstFigures(int Sent, int Within2s, long? LagMinMs, long? LagP50Ms, long? LagMaxMs)
{
    public static BurstFigures Of(IReadOnlyList<long> lagsMs)
    {
        var lags = lagsMs.Order().ToArray();
        return lags.Length == 0
            ? new BurstFigures(0, 0, null, null, null)
            : new BurstFigures(lags.Length, lags.Count(l => l <= 2000), lags[0], lags[lags.Length / 2], lags[^1]);
    }

    public bool Met(int dueTogether) => Within2s == dueTogether;
}
