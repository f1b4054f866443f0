using NodaTime;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Delivery;

/// <summary>What proactive messages each person got, and the ones held back for later: nothing held is ever dropped.</summary>
public interface IDeliveryLedger
{
    Task<int> CountSentAsync(long userId, Instant from, Instant to, CancellationToken ct);

    Task RecordSentAsync(long userId, Instant at, CancellationToken ct);

    Task HoldAsync(long userId, Reply reply, Instant until, CancellationToken ct);

    /// <summary>Removes and returns the person's held messages that are due, oldest first.</summary>
    Task<IReadOnlyList<Reply>> TakeDueAsync(long userId, Instant now, CancellationToken ct);

    /// <summary>The titles of everything held for the person, so "my open items" can show it.</summary>
    Task<IReadOnlyList<string>> HeldTitlesAsync(long userId, CancellationToken ct);
}

/// <summary>Wakes the coach when a person's held messages may be delivered.</summary>
public interface IHeldMessageScheduler
{
    Task ScheduleAsync(long userId, Instant at, CancellationToken ct);
}
