using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>One idea shown to a rep, or their verdict on it, as the guidance log recorded it.</summary>
public sealed record GuidanceEvent(long RepId, string IdeaId, GuidanceEventKind Kind, Instant At);

/// <summary>What happened with an idea: the rep was shown it, or said it helped or did not.</summary>
public enum GuidanceEventKind { Shown, Helped, Unhelpful }
