namespace RelationshipCoach.Core.Guidance;

/// <summary>The advice on one idea for one situation: why it applies here, what to do, what to avoid, what to say.</summary>
public sealed record IdeaAdvice(string IdeaId, string Why, IReadOnlyList<string> Steps, string Avoid, string Say);
