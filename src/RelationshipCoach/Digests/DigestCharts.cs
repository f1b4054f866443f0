using System.Security.Cryptography;
using NodaTime;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Digests;

/// <summary>
/// Renders the trend chart and keeps it under 128 random bits, so that only someone given the digest can fetch it,
/// and only until it expires; if drawing fails the digest still goes out with the trend in words.
/// </summary>
public sealed class DigestCharts(DigestChartStore store, DigestChartOptions options, TimeProvider clock, ILogger<DigestCharts> log) : IDigestCharts
{
    public async Task<ReplyImage?> PublishAsync(IReadOnlyList<TrendPoint> trend, Language language, string altText, CancellationToken ct)
    {
        byte[] png;
        try
        {
            png = TrendChart.Render(trend, language);
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or InvalidOperationException)
        {
            log.LogWarning("The trend chart could not be drawn ({Reason}); the digest carries the trend in words only.", e.Message);
            return null;
        }
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        await store.DeleteExpiredAsync(now, ct);
        await store.SaveAsync(token, png, now + Duration.FromTimeSpan(options.Lifetime), ct);
        return new ReplyImage(options.UrlFor(token), altText);
    }
}
