using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>One time the coach asked how an engagement's phase stands, and what the rep answered (kept for the lead's digest).</summary>
public sealed record CheckIn(long Id, long EngagementId, int PhaseIndex, CheckInKind Kind, Instant DueAt)
{
    public CheckInState State { get; init; } = CheckInState.Asked;
    /// <summary>When the coach asks again (while asked) or counts it missed (once asked again).</summary>
    public Instant? NextAskAt { get; init; }
    public Instant? AnsweredAt { get; init; }
    public PhaseHealth? Health { get; init; }
    public bool? ClientUpdated { get; init; }
    public string? Note { get; init; }
    public string? NextStep { get; init; }

    /// <summary>Still waiting for the rep's answer.</summary>
    public bool IsOpen => State is CheckInState.Asked or CheckInState.Reasked;
}

/// <summary>What a check-in asks: how the phase stands, or (its end date passed) whether to close it.</summary>
public enum CheckInKind { Status, Close }

/// <summary>Where a check-in stands; a missed one stays missed even if answered late, so the digest can count it.</summary>
public enum CheckInState { Asked, Reasked, Answered, Missed }
