using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Knowledge;

/// <summary>One of the three levels a client relationship can stand at, told in one language.</summary>
/// <param name="MoveUp">What lifts a client to the next level; at the top level, what keeps the relationship there.</param>
/// <param name="Gives">What standing at this level is worth to both sides.</param>
public sealed record RelationshipLevel(
    string Id,
    Language Language,
    string Name,
    string Summary,
    IReadOnlyList<string> LooksLike,
    string CostToKeep,
    string MoveUp,
    string Gives);
