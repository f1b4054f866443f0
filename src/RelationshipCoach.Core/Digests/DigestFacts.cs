using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Digests;

/// <summary>Everything a digest is built from, gathered beforehand, so that building it is a pure function of these facts.</summary>
public sealed record DigestFacts(DigestLead Lead, DigestPeriod Period, IReadOnlyList<RepFacts> Reps)
{
    /// <summary>How many weeks the trend chart shows, this one included.</summary>
    public const int TrendWeeks = 8;

    /// <summary>The first instant the facts must reach back to for the trend.</summary>
    public Instant TrendStart => Period.WeeksBack(TrendWeeks - 1).Start;
}

/// <summary>The lead a digest is for: whom to name and which language to write in.</summary>
public sealed record DigestLead(long Id, string Name, Language Language);

/// <summary>
/// One rep of the lead's team (all their profiles merged): calls held since the trend's start plus every call still awaiting
/// confirmation, their guidance events, and their engagement facts. <see cref="LeftAt"/> is set when they left the team.
/// </summary>
public sealed record RepFacts(long RepId, string Name, Instant? LeftAt, IReadOnlyList<Call> Calls, IReadOnlyList<GuidanceEvent> Guidance, EngagementDigestFacts Engagement)
{
    /// <summary>The rep's absences (out of office) touching the period, in their own calendar.</summary>
    public IReadOnlyList<DateInterval> Away { get; init; } = [];
}
