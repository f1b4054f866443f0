using NodaTime;
using Quartz;
using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Scheduling;

/// <summary>Each engagement's one pending check-in wake-up, as a one-shot trigger.</summary>
public sealed class QuartzCheckInScheduler(OneShotTriggers triggers) : ICheckInScheduler
{
    public Task ScheduleAsync(long engagementId, Instant dueAt, CancellationToken ct) =>
        triggers.SetAsync<CheckInJob>(Key(engagementId), CheckInJob.EngagementIdKey, engagementId, dueAt, ct);

    public Task CancelAsync(long engagementId, CancellationToken ct) => triggers.RemoveAsync(Key(engagementId), ct);

    /// <summary>The Quartz job of an engagement, for checks that its schedule survived a restart.</summary>
    public static JobKey Key(long engagementId) => new($"engagement-{engagementId}", "check-ins");
}
