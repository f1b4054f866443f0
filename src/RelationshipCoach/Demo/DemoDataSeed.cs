using RelationshipCoach.Hosting;

namespace RelationshipCoach.Demo;

/// <summary>
/// Loads the demo into a fresh database when the playground starts (Playground:DemoData, on by default wherever the
/// playground is), so that a first run has a team and a digest to show.
/// </summary>
public sealed class DemoDataSeed(IServiceProvider services, DatabaseReadiness readiness, ILogger<DemoDataSeed> log) : WhenDatabaseReady(readiness, log)
{
    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        if (await demo.IsLoadedAsync(ct)) return;
        var calls = await demo.LoadAsync(ct);
        log.LogInformation("Loaded the demo team into the playground: {Calls} calls over eight weeks. Say “send my digest now” as lead1.", calls);
    }

    public static bool IsEnabled(IConfiguration configuration) =>
        !bool.TryParse(configuration["Playground:DemoData"], out var enabled) || enabled;
}
