using System.Runtime;
using RelationshipCoach.Core.Guidance;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Trains or loads the guidance classifier in the background at start, so the first rep who asks does not wait for it,
/// then hands back the memory that took.
/// </summary>
public sealed class GuidanceWarmUp(Lazy<SituationAnalyzer> analyzer, ILogger<GuidanceWarmUp> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var loaded = analyzer.Value;
        log.LogInformation("Guidance classifier ready in {Milliseconds} ms ({Source}).",
            started.ElapsedMilliseconds, loaded.Classifier.FromCache ? "from cache" : "trained");
        // Reading the model leaves about 6 MB of large temporary arrays behind, training it over 80 MB, and the GC does
        // not compact the large object heap by itself: that space would stay committed, unused, for the life of the process.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
    }, stoppingToken);
}
