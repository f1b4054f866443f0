using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>What makes a list of phases sound: each ends on or after its start, not in the past, and after the one before it ends.</summary>
public static class PhaseRules
{
    /// <summary>The first thing wrong with the phases, or null; phases already done may lie in the past.</summary>
    public static Problem? Check(IReadOnlyList<Phase> phases, LocalDate today)
    {
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            if (phase.Status != PhaseStatus.Done && phase.End < today) return Problem.Of("engagement.phase-in-past", phase.Name, phase.End);
            if (phase.End < phase.Start) return Problem.Of("engagement.phase-ends-before-start", phase.Name, phase.End, phase.Start);
            if (i > 0 && phase.Start <= phases[i - 1].End)
                return Problem.Of("engagement.phase-overlaps", phase.Name, phase.Start, phases[i - 1].Name, phases[i - 1].End);
        }
        return null;
    }
}
