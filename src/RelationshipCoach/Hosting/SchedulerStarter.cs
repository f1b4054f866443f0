using Quartz;

namespace RelationshipCoach.Hosting;

/// <summary>Starts Quartz once the database (its job store) is migrated, and stops it letting running jobs finish.</summary>
public sealed class SchedulerStarter(ISchedulerFactory schedulers, DatabaseReadiness readiness, ILogger<SchedulerStarter> log)
    : WhenDatabaseReady(readiness, log)
{
    protected override async Task RunAsync(CancellationToken ct) => await (await schedulers.GetScheduler(ct)).Start(ct);

    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        var scheduler = await schedulers.GetScheduler(ct);
        if (await scheduler.GetStatus(ct) is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown)) await scheduler.Shutdown(waitForJobsToComplete: true, ct);
    }
}
