using NodaTime;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Scheduling;

/// <summary>Makes sure the nightly clean-up of old call notes is planned, once the database is there.</summary>
public sealed class RetentionPlan(IServiceProvider services, TimeProvider clock, DatabaseReadiness readiness, ILogger<RetentionPlan> log)
    : WhenDatabaseReady(readiness, log)
{
    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await RetentionJob.PlanAsync(scope.ServiceProvider.GetRequiredService<OneShotTriggers>(), Instant.FromDateTimeOffset(clock.GetUtcNow()), ct);
    }
}
