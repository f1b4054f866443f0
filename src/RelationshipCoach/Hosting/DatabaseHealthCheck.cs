using Microsoft.Extensions.Diagnostics.HealthChecks;
using RelationshipCoach.Data;

namespace RelationshipCoach.Hosting;

/// <summary>Healthy when the app's database is migrated and answers; otherwise says why.</summary>
public sealed class DatabaseHealthCheck(CoachDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!readiness.IsReady) return HealthCheckResult.Unhealthy($"Not ready: {readiness.Problem}");
        return await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
