using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Digests;

/// <summary>Draws the trend chart and publishes it where channels can fetch it; null when there is no picture to show.</summary>
public interface IDigestCharts
{
    Task<ReplyImage?> PublishAsync(IReadOnlyList<TrendPoint> trend, Language language, string altText, CancellationToken ct);
}
