using System.Globalization;

namespace RelationshipCoach.Digests;

/// <summary>Where charts are served from and for how long (Digest:ChartBaseUrl, Digest:ChartLifetime).</summary>
public sealed record DigestChartOptions(string BaseUrl, TimeSpan Lifetime)
{
    public const string Path = "/digest-charts";

    public static DigestChartOptions Read(IConfiguration config)
    {
        var lifetimeText = config["Digest:ChartLifetime"] ?? "14.00:00:00";
        if (!TimeSpan.TryParse(lifetimeText, CultureInfo.InvariantCulture, out var lifetime) || lifetime <= TimeSpan.Zero)
            throw new InvalidOperationException($"Digest:ChartLifetime must be a duration like 14.00:00:00, not '{lifetimeText}'.");
        return new DigestChartOptions((config["Digest:ChartBaseUrl"] ?? "").TrimEnd('/'), lifetime);
    }

    /// <summary>The chart's address: absolute when a base URL is configured (Teams and Slack fetch it), else relative (the playground).</summary>
    public string UrlFor(string token) => $"{BaseUrl}{Path}/{token}.png";
}
