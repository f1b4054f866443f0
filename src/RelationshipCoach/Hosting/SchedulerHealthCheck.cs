using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace RelationshipCoach.Hosting;

/// <summary>Healthy while Quartz runs; says whether its job store is persistent and clustered, and this instance's id.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        // Building the scheduler reads its job store, so it waits for the database like everything else.
        if (!readiness.IsReady) return HealthCheckResult.Unhealthy("Waiting for the database.");
        var scheduler = await schedulers.GetScheduler(ct);
        var meta = await scheduler.GetMetadata(ct);
        var detail = $"{meta.Status}, {(meta.JobStorePersistent ? "persistent" : "in-memory")}, " +
            $"{(meta.JobStoreClustered ? "clustered" : "not clustered")}, instance {meta.SchedulerInstanceId}";
        return meta.Status switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy(detail),
            SchedulerStatus.Standby => HealthCheckResult.Degraded(detail),
            _ => HealthCheckResult.Unhealthy(detail),
        };
    }
}
