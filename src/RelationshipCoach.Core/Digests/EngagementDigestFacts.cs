using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>What a rep's engagements contribute to the digest: their check-ins and the phases they run.</summary>
public sealed record EngagementDigestFacts(long RepId, IReadOnlyList<CheckInFact> CheckIns, IReadOnlyList<PhaseFact> Phases)
{
    public static EngagementDigestFacts None(long repId) => new(repId, [], []);
}

/// <summary>A phase check-in that was due, and whether the rep answered it.</summary>
public sealed record CheckInFact(string Client, string Phase, Instant DueAt, bool Answered);

/// <summary>A phase of a client engagement: when it ends and whether the rep said it is at risk.</summary>
public sealed record PhaseFact(string Client, string Phase, LocalDate Ends, bool AtRisk);
