using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RelationshipCoach.Bench.Load.Load;

/// <summary>The figures of a load run, as the table and the JSON report show them.</summary>
public sealed record LoadResult
{
    public required string Target { get; init; }
    public required string Mix { get; init; }
    public required int GuidancePercent { get; init; }
    public required int Concurrency { get; init; }
    /// <summary>Requests a second sent on a fixed schedule (open loop), or null for a closed loop.</summary>
    public double? Rate { get; init; }
    public required long Requests { get; init; }
    public required long Errors { get; init; }
    public required double Seconds { get; init; }
    public required double RequestsPerSecond { get; init; }
    public required double P50Ms { get; init; }
    public required double P99Ms { get; init; }
    public required double MaxMs { get; init; }
    public required Dictionary<string, int> RequestsByKind { get; init; }
    /// <summary>Per kind: p50 and p99 acknowledgement latency in milliseconds.</summary>
    public required Dictionary<string, double[]> LatencyByKindMs { get; init; }
    public required Dictionary<string, int> ErrorsByKind { get; init; }
    public double? HostPeakRssMb { get; init; }
    public double? HostRssAtEndMb { get; init; }
    public double? HostRssWhenLoadEndedMb { get; init; }
    public double? AnsweredSecondsAfterLoad { get; init; }
    /// <summary>The host's resident memory as the run went on: requests completed, megabytes.</summary>
    public List<MemoryPoint> HostRss { get; init; } = [];
    public long? SlackApiCalls { get; init; }
    public long? ConnectorCalls { get; init; }
    /// <summary>Slack events / Teams activities acknowledged but not yet answered when the end figures were taken.</summary>
    public string? UnansweredAtEnd { get; init; }
    public required string LoadAverageBefore { get; init; }
    public required string LoadAverageAfter { get; init; }
    public required int ProcessorCount { get; init; }
    public required DateTimeOffset At { get; init; }

    public static LoadResult From(RunSamples samples, Func<LoadResult, LoadResult> complete, string target, BenchOptions options, string loadBefore)
    {
        var sorted = samples.Latencies.Order().ToArray();
        double Overall(double p) => Percentile(sorted, p);
        var result = new LoadResult
        {
            Target = target,
            Mix = options.Mix.ToString(),
            GuidancePercent = options.GuidancePercent,
            Concurrency = options.Concurrency,
            Rate = options.Rate,
            Requests = sorted.Length,
            Errors = samples.Errors.Values.Sum(),
            Seconds = Math.Round(samples.Elapsed.TotalSeconds, 2),
            RequestsPerSecond = Math.Round(sorted.Length / samples.Elapsed.TotalSeconds, 1),
            P50Ms = Math.Round(Overall(0.50), 2),
            P99Ms = Math.Round(Overall(0.99), 2),
            MaxMs = Math.Round(sorted.Length == 0 ? 0 : Ms(sorted[^1]), 2),
            RequestsByKind = samples.Kinds,
            LatencyByKindMs = samples.LatenciesByKind.ToDictionary(k => k.Key, k =>
            {
                var kind = k.Value.Order().ToArray();
                return new[] { Math.Round(Percentile(kind, 0.5), 2), Math.Round(Percentile(kind, 0.99), 2) };
            }),
            ErrorsByKind = samples.Errors,
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = LoadAverage.Read(),
            ProcessorCount = Environment.ProcessorCount,
            At = DateTimeOffset.UtcNow,
        };
        return complete(result);
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Ms(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)]);

    public string Table()
    {
        var t = new StringBuilder();
        void Row(string name, object? value) => t.AppendLine(CultureInfo.InvariantCulture, $"| {name,-28} | {value,-40} |");
        t.AppendLine(CultureInfo.InvariantCulture, $"| {"figure",-28} | {"value",-40} |");
        t.AppendLine($"|{new string('-', 30)}|{new string('-', 42)}|");
        Row("target", Target);
        Row("mix (guidance %)", $"{Mix} ({GuidancePercent} %)");
        Row("concurrency", Rate is null ? Concurrency : $"open loop at {Rate} requests/s, at most {Concurrency} in flight");
        Row("requests", Requests);
        Row("seconds", Seconds);
        Row("requests/second", RequestsPerSecond);
        Row("ack latency p50 / p99 / max", $"{P50Ms} / {P99Ms} / {MaxMs} ms");
        Row("errors", Errors);
        if (HostPeakRssMb is not null) Row("host RSS peak / load ended / at end", $"{HostPeakRssMb} / {HostRssWhenLoadEndedMb} / {HostRssAtEndMb} MB");
        if (AnsweredSecondsAfterLoad is not null) Row("all answered after the load", $"{AnsweredSecondsAfterLoad} s");
        if (HostRss.Count > 0) Row("host RSS over the run", string.Join(" ", HostRss.Select(p => $"{p.Requests / 1000}k:{p.RssMb:F0}")));
        if (SlackApiCalls is not null) Row("outbound Slack / Teams calls", $"{SlackApiCalls} / {ConnectorCalls}");
        if (UnansweredAtEnd is not null) Row("unanswered at the end, Slack / Teams", UnansweredAtEnd);
        Row("load average before / after", $"{LoadAverageBefore} / {LoadAverageAfter}");
        Row("cores", ProcessorCount);
        foreach (var (kind, count) in RequestsByKind.OrderBy(k => k.Key))
            Row("  " + kind, LatencyByKindMs.TryGetValue(kind, out var l) ? $"{count} (p50 {l[0]} ms, p99 {l[1]} ms)" : count);
        foreach (var (error, count) in ErrorsByKind.OrderByDescending(e => e.Value).Take(10)) Row("  error " + error, count);
        return t.ToString();
    }
}

/// <summary>The host's resident memory after so many requests.</summary>
public sealed record MemoryPoint(long Requests, double RssMb);
