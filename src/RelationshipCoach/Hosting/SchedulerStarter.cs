using Quartz;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Builds and starts Quartz once the database is migrated (building it already reads its job store), and shuts it
/// down at the end, letting running jobs finish.
/// </summary>
public sealed class SchedulerStarter(ISchedulerFactory schedulers, DatabaseReadiness readiness, ILogger<SchedulerStarter> log)
    : WhenDatabaseReady(readiness, log)
{
    private readonly Lock _gate = new();
    private IScheduler? _scheduler;
    private Task? _shutdown;

    protected override async Task RunAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.Start(ct);
        _scheduler = scheduler;
    }

    public override async Task StopAsync(CancellationToken ct)
    {
        await base.StopAsync(ct);
        // The host may stop its services twice at once; both wait for the one shutdown.
        Task shutdown;
        lock (_gate) shutdown = _shutdown ??= _scheduler is { } s ? s.Shutdown(waitForJobsToComplete: true, ct).AsTask() : Task.CompletedTask;
        await shutdown;
    }
}
