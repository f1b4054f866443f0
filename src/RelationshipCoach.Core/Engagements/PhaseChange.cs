using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Adds a phase or changes one (name, end date, goal), moving the next phase's start along so that phases stay in sequence.</summary>
public static class PhaseChange
{
    /// <summary>The engagement with a new last phase that starts the day after the current last one ends.</summary>
    public static (Engagement Changed, Problem? Problem) Add(Engagement engagement, string name, LocalDate end, string? goal, LocalDate today)
    {
        var start = engagement.Phases.Count > 0 ? engagement.Phases[^1].End.PlusDays(1) : today;
        var status = engagement.CurrentPhase is null ? PhaseStatus.Active : PhaseStatus.Planned;
        var changed = engagement with { Phases = [.. engagement.Phases, new Phase(name, start, end) { Goal = goal, Status = status }] };
        return (changed, NameProblem(name) ?? PhaseRules.Check(changed.Phases, today));
    }

    /// <summary>The engagement with phase <paramref name="index"/> renamed, re-dated or given a goal; a later end pushes the next phase's start.</summary>
    public static (Engagement Changed, Problem? Problem) Change(Engagement engagement, int index, string name, LocalDate end, string? goal, LocalDate today)
    {
        var phases = engagement.Phases.ToList();
        phases[index] = phases[index] with { Name = name, End = end, Goal = goal };
        if (index + 1 < phases.Count) phases[index + 1] = phases[index + 1] with { Start = end.PlusDays(1) };
        var changed = engagement with { Phases = phases };
        return (changed, NameProblem(name) ?? PhaseRules.Check(phases, today));
    }

    private static Problem? NameProblem(string name) =>
        name.Length == 0 ? Problem.Of("engagement.phase-no-name", name)
        : name.Length > Phase.MaxNameLength ? Problem.Of("engagement.phase-name-too-long", Phase.MaxNameLength)
        : null;
}
