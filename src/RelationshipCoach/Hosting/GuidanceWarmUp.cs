using RelationshipCoach.Core.Guidance;

namespace RelationshipCoach.Hosting;

/// <summary>Trains or loads the guidance classifier in the background at start, so the first rep who asks does not wait for it.</summary>
public sealed class GuidanceWarmUp(Lazy<SituationAnalyzer> analyzer, ILogger<GuidanceWarmUp> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var loaded = analyzer.Value;
        log.LogInformation("Guidance classifier ready in {Milliseconds} ms ({Source}).",
            started.ElapsedMilliseconds, loaded.Classifier.FromCache ? "from cache" : "trained");
    }, stoppingToken);
}
