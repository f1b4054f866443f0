using NodaTime;
using Quartz;
using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Scheduling;

/// <summary>
/// Keeps each engagement's one pending wake-up as a one-shot Quartz trigger in the persistent job store. The instant is
/// computed by the coach from the check-in recurrence in the owner's zone, so Quartz never does calendar arithmetic across DST.
/// </summary>
public sealed class QuartzCheckInScheduler(ISchedulerFactory schedulers) : ICheckInScheduler
{
    private const string Group = "check-ins";

    public async Task ScheduleAsync(long engagementId, Instant dueAt, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<CheckInJob>()
            .WithIdentity(Key(engagementId))
            .UsingJobData(CheckInJob.EngagementIdKey, engagementId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        // A check-in missed while the service was down is asked as soon as it is back.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(Key(engagementId).Name, Group))
            .ForJob(job)
            .StartAt(dueAt.ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task CancelAsync(long engagementId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(Key(engagementId), ct);
    }

    /// <summary>The Quartz job of an engagement, for checks that its schedule survived a restart.</summary>
    public static JobKey Key(long engagementId) => new($"engagement-{engagementId}", Group);
}
