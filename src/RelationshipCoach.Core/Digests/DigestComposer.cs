using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Digests;

/// <summary>Collects a lead's facts, builds the digest, publishes its chart and writes the reply.</summary>
public sealed class DigestComposer(DigestFactsCollector collector, IDigestCharts charts)
{
    public async Task<(Digest Digest, Reply Reply)> ComposeAsync(UserProfile lead, DigestPeriod period, CancellationToken ct)
    {
        var digest = DigestBuilder.Build(await collector.CollectAsync(lead, period, ct));
        ReplyImage? chart = null;
        if (!digest.IsQuiet && TrendText.HasData(digest.Trend))
            chart = await charts.PublishAsync(digest.Trend, digest.Lead.Language, TrendText.Describe(digest.Trend, digest.Lead.Language), ct);
        return (digest, DigestReply.Build(digest, chart));
    }
}
