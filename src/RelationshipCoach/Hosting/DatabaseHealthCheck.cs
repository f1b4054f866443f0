using Microsoft.Extensions.Diagnostics.HealthChecks;
using RelationshipCoach.Data;

namespace RelationshipCoach.Hosting;

/// <summary>Healthy when the app's database answers.</summary>
public sealed class DatabaseHealthCheck(CoachDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
