using NodaTime;
using Quartz;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Scheduling;

/// <summary>
/// Keeps each call's one pending reminder as a one-shot Quartz trigger in the persistent job store. The instant
/// is computed by the coach in the rep's zone, so Quartz never does calendar arithmetic across DST.
/// </summary>
public sealed class QuartzCallReminderScheduler(ISchedulerFactory schedulers) : ICallReminderScheduler
{
    private const string Group = "call-reminders";

    public async Task ScheduleAsync(long callId, Instant dueAt, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var (job, trigger) = JobAndTrigger(callId, dueAt);
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task ScheduleManyAsync(IReadOnlyCollection<(long CallId, Instant DueAt)> reminders, CancellationToken ct)
    {
        if (reminders.Count == 0) return;
        var scheduler = await schedulers.GetScheduler(ct);
        var batch = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>(reminders.Count);
        foreach (var (callId, dueAt) in reminders)
        {
            var (job, trigger) = JobAndTrigger(callId, dueAt);
            batch[job] = [trigger];
        }
        await scheduler.ScheduleJobs(batch, ScheduleJobOptions.Replacing, ct);
    }

    public async Task CancelAsync(long callId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(Key(callId), ct);
    }

    private static (IJobDetail Job, ITrigger Trigger) JobAndTrigger(long callId, Instant dueAt)
    {
        var job = JobBuilder.Create<CallReminderJob>()
            .WithIdentity(Key(callId))
            .UsingJobData(CallReminderJob.CallIdKey, callId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        // A reminder missed while the service was down fires as soon as it is back (and says it is late).
        var trigger = TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(Key(callId).Name, Group))
            .ForJob(job)
            .StartAt(dueAt.ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, trigger);
    }

    private static JobKey Key(long callId) => new($"call-{callId}", Group);
}
