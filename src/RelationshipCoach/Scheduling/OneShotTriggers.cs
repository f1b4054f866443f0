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
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
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
