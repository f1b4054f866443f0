using NodaTime;
using Quartz;

namespace RelationshipCoach.Scheduling;

/// <summary>
/// One pending wake-up per thing (a call, an engagement, a person's held messages), as a one-shot Quartz trigger in the
/// persistent job store. The instant is computed by the coach in the person's zone, so Quartz never does calendar
/// arithmetic across DST; the job carries only the id. A wake-up missed while the service was down fires when it is back.
/// </summary>
public sealed class OneShotTriggers(ISchedulerFactory schedulers)
{
    public async Task SetAsync<TJob>(JobKey key, string idKey, long id, Instant at, CancellationToken ct) where TJob : IJob
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var (job, trigger) = JobAndTrigger<TJob>(key, idKey, id, at);
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>Many wake-ups stored in one job-store transaction: far faster than one by one when thousands are planned at once.</summary>
    public async Task SetManyAsync<TJob>(IReadOnlyCollection<(JobKey Key, long Id, Instant At)> wakeUps, string idKey, CancellationToken ct) where TJob : IJob
    {
        if (wakeUps.Count == 0) return;
        var scheduler = await schedulers.GetScheduler(ct);
        var batch = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>(wakeUps.Count);
        foreach (var (key, id, at) in wakeUps)
        {
            var (job, trigger) = JobAndTrigger<TJob>(key, idKey, id, at);
            batch[job] = [trigger];
        }
        await scheduler.ScheduleJobs(batch, ScheduleJobOptions.Replacing, ct);
    }

    private static (IJobDetail Job, ITrigger Trigger) JobAndTrigger<TJob>(JobKey key, string idKey, long id, Instant at) where TJob : IJob
    {
        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key)
            .UsingJobData(idKey, id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // Every job checks its state before acting, so an instance that died mid-run can safely have another re-run it.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(key.Name, key.Group))
            .ForJob(job)
            .StartAt(at.ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, trigger);
    }

    /// <summary>The id a wake-up carries, as its job reads it back.</summary>
    public static long IdOf(IJobExecutionContext context, string idKey) =>
        Convert.ToInt64(context.MergedJobDataMap[idKey], System.Globalization.CultureInfo.InvariantCulture);

    public async Task RemoveAsync(JobKey key, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(key, ct);
    }
}
