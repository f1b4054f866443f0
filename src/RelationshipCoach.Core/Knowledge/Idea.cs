using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Knowledge;

/// <summary>One of the twelve ideas, told in one language: what it means, how to spot it, what to do and say.</summary>
public sealed record Idea(
    string Id,
    Language Language,
    string Name,
    string Meaning,
    IReadOnlyList<string> Signs,
    IReadOnlyList<string> Steps,
    string Avoid,
    IReadOnlyList<string> Sentences);
