using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Hosting;

/// <summary>At start, once the database is ready, sets every held person's wake-up again (see <see cref="ConsiderateMessenger.WakeEveryoneHeldAsync"/>).</summary>
public sealed class HeldMessageWakeUps(IServiceProvider services, DatabaseReadiness readiness, ILogger<HeldMessageWakeUps> log)
    : WhenDatabaseReady(readiness, log)
{
    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConsiderateMessenger>().WakeEveryoneHeldAsync(ct);
    }
}
