using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Digests;

/// <summary>The trend in words: the chart's alt text, and all a channel without images shows.</summary>
public static class TrendText
{
    public static string Describe(IReadOnlyList<TrendPoint> trend, Language language)
    {
        var onTime = string.Join(", ", trend.Select(p => Percent(p.OnTimeRate, language)));
        var text = Texts.Default.Get(language, "digest.trend.on-time", trend.Count, onTime);
        if (trend.All(p => p.CheckInRate is null)) return text;
        return text + " " + Texts.Default.Get(language, "digest.trend.check-ins", string.Join(", ", trend.Select(p => Percent(p.CheckInRate, language))));
    }

    public static bool HasData(IReadOnlyList<TrendPoint> trend) => trend.Any(p => p.OnTimeRate is not null || p.CheckInRate is not null);

    private static string Percent(double? rate, Language language) =>
        rate is { } r ? r.ToString("P0", Texts.Culture(language)) : "–";
}
