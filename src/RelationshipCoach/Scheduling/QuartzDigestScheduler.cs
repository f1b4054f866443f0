using NodaTime;
using Quartz;
using RelationshipCoach.Core.Digests;

namespace RelationshipCoach.Scheduling;

/// <summary>
/// Keeps each lead's one pending digest as a one-shot Quartz trigger in the persistent job store; the coach computes the
/// instant in the lead's zone each week, so a DST change or a new zone moves the next digest correctly.
/// </summary>
public sealed class QuartzDigestScheduler(ISchedulerFactory schedulers) : IDigestScheduler
{
    private const string Group = "digests";

    public async Task ScheduleAsync(long leadId, Instant dueAt, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<DigestJob>()
            .WithIdentity(Key(leadId))
            .UsingJobData(DigestJob.LeadIdKey, leadId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        // A digest missed while the service was down goes out as soon as it is back.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(new TriggerKey(Key(leadId).Name, Group))
            .ForJob(job)
            .StartAt(dueAt.ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task CancelAsync(long leadId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(Key(leadId), ct);
    }

    private static JobKey Key(long leadId) => new($"digest-{leadId}", Group);
}
