using NodaTime;
using Quartz;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Scheduling;

/// <summary>Each person's one pending delivery of held messages, as a one-shot trigger.</summary>
public sealed class QuartzHeldMessageScheduler(OneShotTriggers triggers) : IHeldMessageScheduler
{
    public Task ScheduleAsync(long userId, Instant at, CancellationToken ct) =>
        triggers.SetAsync<HeldMessagesJob>(new JobKey($"held-{userId}", "held-messages"), HeldMessagesJob.UserIdKey, userId, at, ct);
}
