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
    /// <summary>Why the rep said no confirmation was needed.</summary>
    public string? NotNeededReason { get; init; }

    /// <summary>Still waiting for its written confirmation (a missed one can still be sent, late).</summary>
    public bool AwaitsConfirmation => Status is ConfirmationStatus.Open or ConfirmationStatus.Missed;

    /// <summary>How the confirmation went, for history and digests: on time means before the first follow-up.</summary>
    public ConfirmationOutcome Outcome => Status switch
    {
        ConfirmationStatus.Sent => RemindersSent <= 1 ? ConfirmationOutcome.OnTime : ConfirmationOutcome.Late,
        ConfirmationStatus.NotNeeded => ConfirmationOutcome.NotNeeded,
        ConfirmationStatus.Missed => ConfirmationOutcome.Missed,
        _ => ConfirmationOutcome.Open,
    };
}

/// <summary>Where a call's written confirmation stands.</summary>
public enum ConfirmationStatus { Open, Sent, NotNeeded, Missed }

/// <summary>How a call's confirmation went, as the rep's history and the lead's digest count it.</summary>
public enum ConfirmationOutcome { Open, OnTime, Late, Missed, NotNeeded }
