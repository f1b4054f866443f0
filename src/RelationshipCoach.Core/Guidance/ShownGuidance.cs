using NodaTime;

namespace RelationshipCoach.Core.Guidance;

/// <summary>The ideas one guidance reply showed a person, and when.</summary>
public sealed record ShownGuidance(long UserId, IReadOnlyList<string> IdeaIds, Instant At);
