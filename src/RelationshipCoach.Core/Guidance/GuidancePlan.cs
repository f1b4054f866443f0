using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>What guidance on a situation will cover before anyone words it: the details to echo and the ideas chosen.</summary>
public sealed record GuidancePlan(string Situation, Language Language, SituationDetails Details, IReadOnlyList<RankedIdea> Ideas)
{
    /// <summary>No idea is clear enough: the coach asks instead of guessing.</summary>
    public bool NeedsClarifying => Ideas.Count == 0;
}
