namespace RelationshipCoach.Core.Digests;

/// <summary>Engagements are not tracked yet: every rep has no check-ins and no phases.</summary>
public sealed class NoEngagementDigestFacts : IEngagementDigestFacts
{
    public Task<IReadOnlyList<EngagementDigestFacts>> ForRepsAsync(IReadOnlyCollection<long> repIds, DigestPeriod period, NodaTime.Instant since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EngagementDigestFacts>>(repIds.Select(EngagementDigestFacts.None).ToList());
}
