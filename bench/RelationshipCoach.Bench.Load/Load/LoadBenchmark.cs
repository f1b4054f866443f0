using System.Diagnostics;
using System.Text.Json;
using RelationshipCoach.Bench.Load.Fakes;
using RelationshipCoach.Bench.Load.Host;
using RelationshipCoach.Bench.Load.Traffic;

namespace RelationshipCoach.Bench.Load.Load;

/// <summary>
/// The load mode end to end: fakes up, host up (or an external target), a warm-up, the measured run with the host's
/// memory sampled every second, then the table and, if asked, the JSON.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<LoadResult> RunAsync(BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        await using var world = await OutsideWorld.StartAsync();
        await using var host = options.Target is null ? await HostProcess.StartAsync(world, options, ct) : null;
        var target = options.Target ?? host!.BaseUrl;
        output.WriteLine($"Target {target}{(host is null ? "" : $" (host pid {host.Pid}, folder {host.Folder})")}; load average {LoadAverage.Read()}.");

        using var http = Client(target, options.Concurrency);
        var token = world.Issuer.ChannelToken(world.ServiceUrl);
        RequestFactory Factory() => new(options, HostProcess.SlackSigningSecret, world.ServiceUrl, token, world.ResponseUrl);

        if (options.Warmup > 0)
        {
            var warmup = await new LoadRunner(http, Factory()).RunAsync(options.Warmup, null, options.Concurrency, rate: null, ct);
            output.WriteLine($"Warm-up: {warmup.Latencies.Length} requests in {warmup.Elapsed.TotalSeconds:F1} s, {warmup.Errors.Values.Sum()} errors.");
        }

        var loadBefore = LoadAverage.Read();
        var runner = new LoadRunner(http, Factory());
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var memory = host is null ? Task.FromResult(new List<MemoryPoint>()) : SampleAsync(host, runner, sampling.Token);
        var samples = await runner.RunAsync(options.RequestLimit, options.Duration, options.Concurrency, options.Rate, ct);
        await sampling.CancelAsync();
        var points = await memory;
        var loadEnded = host?.Memory();
        var settling = Stopwatch.StartNew();
        var (slack, connector) = await SettledCallsAsync(world, host, ct);
        var answeredAfter = settling.Elapsed;
        var end = host?.Memory();
        (int Slack, int Teams)? unanswered = host is null ? null : await host.UnansweredAsync(ct);

        var result = LoadResult.From(samples, r => r with
        {
            HostPeakRssMb = end is { } m ? Mb(m.PeakRss) : null,
            HostRssAtEndMb = end is { } e ? Mb(e.Rss) : null,
            HostRssWhenLoadEndedMb = loadEnded is { } l ? Mb(l.Rss) : null,
            AnsweredSecondsAfterLoad = host is null ? null : Math.Round(answeredAfter.TotalSeconds, 1),
            HostRss = Thin(points, 10),
            SlackApiCalls = host is null ? null : slack,
            ConnectorCalls = host is null ? null : connector,
            UnansweredAtEnd = unanswered is { } u ? $"{u.Slack} / {u.Teams}" : null,
        }, host is null ? target.ToString() : "RelationshipCoach (child process)", options, loadBefore);

        output.WriteLine(result.Table());
        if (options.JsonPath is { } path)
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }), ct);
        return result;
    }

    private static HttpClient Client(Uri target, int concurrency) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        UseProxy = false,
    })
    { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<List<MemoryPoint>> SampleAsync(HostProcess host, LoadRunner runner, CancellationToken ct)
    {
        var points = new List<MemoryPoint>();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (host.Memory() is { } m) points.Add(new MemoryPoint(runner.Completed, Mb(m.Rss)));
                await Task.Delay(1000, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
        return points;
    }

    /// <summary>
    /// Background work (replies to Slack and Teams) goes on after the acknowledgements: wait, boundedly, until the
    /// outside world's calls stop and, when the coach runs here, every acknowledged request has been answered, so that
    /// the end figures are those after the requests, not during their backlog.
    /// </summary>
    private static async Task<(long Slack, long Connector)> SettledCallsAsync(OutsideWorld world, HostProcess? host, CancellationToken ct)
    {
        var last = (-1L, -1L);
        for (var i = 0; i < AnswerWithinSeconds; i++)
        {
            var now = (world.SlackCalls, world.ConnectorCalls);
            if (now == last && (host is null || await host.UnansweredAsync(ct) == (0, 0))) break;
            last = now;
            await Task.Delay(1000, ct);
        }
        return (world.SlackCalls, world.ConnectorCalls);
    }

    /// <summary>Past this the end figures are taken with a backlog still waiting, and the table shows how much.</summary>
    private const int AnswerWithinSeconds = 300;

    private static List<MemoryPoint> Thin(List<MemoryPoint> points, int keep) =>
        points.Count <= keep ? points : Enumerable.Range(0, keep).Select(i => points[(int)((long)i * (points.Count - 1) / (keep - 1))]).ToList();

    private static double Mb(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}
