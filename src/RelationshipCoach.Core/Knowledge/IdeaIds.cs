namespace RelationshipCoach.Core.Knowledge;

/// <summary>The stable ids of the twelve ideas the coach's guidance is built on (see docs/coaching-knowledge.md).</summary>
public static class IdeaIds
{
    public const string Reciprocity = "reciprocity";
    public const string Autonomy = "autonomy";
    public const string Integrity = "integrity";
    public const string Loyalty = "loyalty";
    public const string Equity = "equity";
    public const string Consistency = "consistency";
    public const string Expertise = "expertise";
    public const string Personalization = "personalization";
    public const string RelationshipLevel = "relationship_level";
    public const string ClearExpectations = "clear_expectations";
    public const string WrittenConfirmation = "written_confirmation";
    public const string ProjectPhases = "project_phases";

    public static readonly IReadOnlyList<string> All =
    [
        Reciprocity, Autonomy, Integrity, Loyalty, Equity, Consistency, Expertise, Personalization,
        RelationshipLevel, ClearExpectations, WrittenConfirmation, ProjectPhases,
    ];
}
