namespace RelationshipCoach.Core.Digests;

/// <summary>
/// The digest's view of engagements: check-ins due and phases, per rep, for the trend window of a period. A port so the
/// digest does not depend on how engagements are stored.
/// </summary>
public interface IEngagementDigestFacts
{
    /// <summary>Check-ins due from <paramref name="since"/> to the period's end and the phases running then, for each rep asked about.</summary>
    Task<IReadOnlyList<EngagementDigestFacts>> ForRepsAsync(IReadOnlyCollection<long> repIds, DigestPeriod period, NodaTime.Instant since, CancellationToken ct);
}
