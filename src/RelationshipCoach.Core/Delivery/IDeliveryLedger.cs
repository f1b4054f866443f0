using NodaTime;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Delivery;

/// <summary>What proactive messages each person got, the ones held back for later, and the ones that could not be delivered: nothing is ever dropped silently.</summary>
public interface IDeliveryLedger
{
    Task<int> CountSentAsync(long userId, Instant from, Instant to, CancellationToken ct);

    Task RecordSentAsync(long userId, Instant at, CancellationToken ct);

    /// <summary>Keeps a message until the given moment; <paramref name="failure"/> is set when it waits because its channel failed.</summary>
    /// <returns>The held message's id.</returns>
    Task<long> HoldAsync(long userId, Reply reply, Instant until, DeliveryFailure? failure, CancellationToken ct);

    /// <summary>Removes one held message, once it was delivered or held anew; nothing when it is gone already.</summary>
    Task ReleaseAsync(long heldId, CancellationToken ct);

    /// <summary>Everyone with held messages, and when the first of theirs may go.</summary>
    Task<IReadOnlyList<(long UserId, Instant Earliest)>> EarliestHoldsAsync(CancellationToken ct);

    /// <summary>When the first of the person's held messages may go; null when nothing is held.</summary>
    Task<Instant?> EarliestHoldAsync(long userId, CancellationToken ct);

    /// <summary>Removes and returns the person's held messages that are due, oldest first.</summary>
    Task<IReadOnlyList<HeldMessage>> TakeDueAsync(long userId, Instant now, CancellationToken ct);

    /// <summary>The titles of everything held for the person, so "my open items" can show it.</summary>
    Task<IReadOnlyList<string>> HeldTitlesAsync(long userId, CancellationToken ct);

    /// <summary>Records a message given up on after retrying, for the admin status.</summary>
    Task RecordFailedAsync(long userId, Reply reply, DeliveryFailure failure, CancellationToken ct);
}

/// <summary>A message waiting for its moment, and why it failed before if it did.</summary>
public sealed record HeldMessage(Reply Reply, DeliveryFailure? Failure);

/// <summary>A channel refused or could not be reached: since when, how often, and what it said (never a token).</summary>
public sealed record DeliveryFailure(Instant FirstFailedAt, int Attempts, string Reason);

/// <summary>Wakes the coach when a person's held messages may be delivered.</summary>
public interface IHeldMessageScheduler
{
    Task ScheduleAsync(long userId, Instant at, CancellationToken ct);
}
