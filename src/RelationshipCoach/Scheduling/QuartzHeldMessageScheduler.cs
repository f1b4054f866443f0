using NodaTime;
using Quartz;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Scheduling;

/// <summary>
/// Each person's one pending delivery of held messages, as a one-shot trigger. A message is often held inside the
/// transaction that records a reminder; Quartz writes on its own connection, which on SQLite waits for that
/// transaction's lock, so the trigger is set once the transaction has committed.
/// </summary>
public sealed class QuartzHeldMessageScheduler(OneShotTriggers triggers, ITransactions transactions) : IHeldMessageScheduler
{
    public Task ScheduleAsync(long userId, Instant at, CancellationToken ct) =>
        transactions.AfterCommitAsync(
            token => triggers.SetAsync<HeldMessagesJob>(new JobKey($"held-{userId}", "held-messages"), HeldMessagesJob.UserIdKey, userId, at, token), ct);
}
