using System.Diagnostics;
using RelationshipCoach.Core.Guidance;

// Measures what a host pays for guidance: training with an empty cache, loading from the cache,
// and the latency of one Analyze call once warm. Targets: load < 1 s, p99 < 5 ms.
const int WarmUp = 200;
const int Runs = 2000;
const string Message = "Der Einkauf stellt uns ein Ultimatum: 15 % Rabatt oder wir sind raus, sonst geht der Auftrag an Müller GmbH";

var cache = Path.Combine(Path.GetTempPath(), "relationshipcoach-bench-" + Environment.ProcessId);
try
{
    var cold = Stopwatch.StartNew();
    var trained = SituationAnalyzer.LoadOrTrain(cache);
    cold.Stop();

    var warm = Stopwatch.StartNew();
    var analyzer = SituationAnalyzer.LoadOrTrain(cache);
    warm.Stop();
    if (trained.Classifier.FromCache || !analyzer.Classifier.FromCache)
        throw new InvalidOperationException("The benchmark expected one cold training and one load from cache.");

    for (var i = 0; i < WarmUp; i++) analyzer.Analyze(Message);
    var samples = new double[Runs];
    for (var i = 0; i < Runs; i++)
    {
        var t = Stopwatch.GetTimestamp();
        analyzer.Analyze(Message);
        samples[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
    Array.Sort(samples);

    Console.WriteLine($"model cold train + save : {cold.Elapsed.TotalMilliseconds,8:F0} ms");
    Console.WriteLine($"model load from cache   : {warm.Elapsed.TotalMilliseconds,8:F0} ms   (target < 1000 ms)");
    Console.WriteLine($"Analyze p50             : {Percentile(samples, 0.50),8:F3} ms");
    Console.WriteLine($"Analyze p99             : {Percentile(samples, 0.99),8:F3} ms   (target < 5 ms)");
    Console.WriteLine($"Analyze max             : {samples[^1],8:F3} ms   ({Runs} runs after {WarmUp} warm-up)");
}
finally
{
    if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
