using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Closing the current phase starts the next one; closing the last one completes the engagement.</summary>
public static class PhaseClosing
{
    public static Engagement Close(Engagement engagement, int index)
    {
        var phases = engagement.Phases.ToList();
        phases[index] = phases[index] with { Status = PhaseStatus.Done };
        if (index + 1 < phases.Count) phases[index + 1] = phases[index + 1] with { Status = PhaseStatus.Active };
        var done = phases.All(p => p.Status == PhaseStatus.Done);
        return engagement with
        {
            Phases = phases,
            Status = done ? EngagementStatus.Completed : EngagementStatus.Active,
            NextCheckInAt = done ? null : engagement.NextCheckInAt,
        };
    }

    /// <summary>The engagement with the phase running until <paramref name="newEnd"/>, or what is wrong with that date.</summary>
    public static (Engagement Changed, Problem? Problem) Extend(Engagement engagement, int index, LocalDate newEnd, LocalDate today)
    {
        var phase = engagement.Phases[index];
        if (newEnd < today) return (engagement, Problem.Of("engagement.phase-in-past", phase.Name, newEnd));
        return PhaseChange.Change(engagement, index, phase.Name, newEnd, phase.Goal, today);
    }
}
