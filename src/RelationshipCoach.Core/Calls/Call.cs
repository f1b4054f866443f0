using NodaTime;

namespace RelationshipCoach.Core.Calls;

/// <summary>An oral conversation a rep had with a client, and where its written confirmation stands.</summary>
public sealed record Call(long Id, long RepId, string Client, string Topic, Instant HeldAt, Instant LoggedAt)
{
    public ConfirmationStatus Status { get; init; } = ConfirmationStatus.Open;
    public Instant? ConfirmedAt { get; init; }
    /// <summary>When the coach will next remind the rep, if it will.</summary>
    public Instant? NextReminderAt { get; init; }
    /// <summary>How many reminders have been sent so far.</summary>
    public int RemindersSent { get; init; }
    public string? Notes { get; init; }
}

/// <summary>Where a call's written confirmation stands.</summary>
public enum ConfirmationStatus { Open, Sent, NotNeeded, Missed }
