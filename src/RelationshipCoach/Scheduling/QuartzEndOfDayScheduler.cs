using NodaTime;
using Quartz;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Scheduling;

/// <summary>Each active person's next end-of-day summary, as a one-shot trigger.</summary>
public sealed class QuartzEndOfDayScheduler(OneShotTriggers triggers) : IEndOfDayScheduler
{
    public Task ScheduleAsync(long userId, Instant at, CancellationToken ct) =>
        triggers.SetAsync<EndOfDayJob>(new JobKey($"end-of-day-{userId}", "end-of-day"), EndOfDayJob.UserIdKey, userId, at, ct);
}
