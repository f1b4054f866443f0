using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>A lead's weekly digest: a summary per rep, the nudges worth acting on, and the team's eight-week trend.</summary>
public sealed record Digest(DigestLead Lead, DigestPeriod Period, IReadOnlyList<RepSummary> Reps, IReadOnlyList<Nudge> Nudges, IReadOnlyList<TrendPoint> Trend)
{
    /// <summary>Nothing happened that a lead could read or act on: the digest says so in one line.</summary>
    public bool IsQuiet => Reps.All(r => r.IsQuiet);
}

/// <summary>One rep's week: calls and how their confirmations went, what is still open, the ideas they asked about, their check-ins and phases.</summary>
public sealed record RepSummary(long RepId, string Name, Instant? LeftAt)
{
    public int CallsLogged { get; init; }
    public int OnTime { get; init; }
    public int Late { get; init; }
    public int Missed { get; init; }
    /// <summary>Calls whose confirmation is still open (reminders running) at the period's end, whenever they were held.</summary>
    public int StillOpen { get; init; }
    /// <summary>How long the oldest of those had been waiting when the period ended.</summary>
    public Duration? OldestOpenAge { get; init; }
    public IReadOnlyList<IdeaTally> Ideas { get; init; } = [];
    public int CheckInsAnswered { get; init; }
    public int CheckInsMissed { get; init; }
    public IReadOnlyList<PhaseFact> PhasesAtRisk { get; init; } = [];
    public IReadOnlyList<PhaseFact> PhasesEndingNextWeek { get; init; } = [];
    /// <summary>Days of the period the rep was away: their reminders and check-ins paused, nothing counted as missed.</summary>
    public int DaysAway { get; init; }

    public bool HasLeft => LeftAt is not null;

    public bool IsQuiet => CallsLogged == 0 && StillOpen == 0 && Ideas.Count == 0 && CheckInsAnswered + CheckInsMissed == 0
        && PhasesAtRisk.Count == 0 && PhasesEndingNextWeek.Count == 0 && DaysAway == 0;
}

/// <summary>How often a rep was given an idea in the week, and how often they said it helped or did not.</summary>
public sealed record IdeaTally(string IdeaId, int Asked, int Helped, int Unhelpful);

/// <summary>One week of the team's trend; a rate is null when there was nothing to count that week.</summary>
public sealed record TrendPoint(LocalDate WeekStart, double? OnTimeRate, double? CheckInRate);
