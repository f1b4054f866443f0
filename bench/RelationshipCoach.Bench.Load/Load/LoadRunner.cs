using System.Collections.Concurrent;
using System.Diagnostics;
using RelationshipCoach.Bench.Load.Traffic;

namespace RelationshipCoach.Bench.Load.Load;

/// <summary>
/// A closed loop: the given number of workers each send a request, wait for its acknowledgement, and send the next,
/// until the request count or the duration is reached. Latency is from sending to the whole answer read. With a
/// rate, an open loop: request n is due at n ÷ rate seconds, and its latency counts from then, so a server that
/// falls behind is charged for the wait of the requests queued behind (no coordinated omission).
/// </summary>
public sealed class LoadRunner(HttpClient http, RequestFactory requests)
{
    private long _next;
    private long _completed;

    public long Completed => Interlocked.Read(ref _completed);

    public async Task<RunSamples> RunAsync(int count, TimeSpan? duration, int concurrency, double? rate, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var stopAt = duration is { } d ? started + (long)(d.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        var errors = new ConcurrentDictionary<string, int>();
        var kinds = new ConcurrentDictionary<string, int>();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<(string Kind, long Ticks)>();
            while (!ct.IsCancellationRequested && Stopwatch.GetTimestamp() < stopAt)
            {
                var n = Interlocked.Increment(ref _next);
                if (n > count) break;
                var (request, kind) = requests.Create(n);
                var sent = rate is { } perSecond ? await DueAsync(started + (long)((n - 1) * Stopwatch.Frequency / perSecond), ct) : Stopwatch.GetTimestamp();
                var error = await SendAsync(request, ct);
                latencies.Add((kind, Stopwatch.GetTimestamp() - sent));
                kinds.AddOrUpdate(kind, 1, (_, c) => c + 1);
                if (error is not null) errors.AddOrUpdate($"{kind} {error}", 1, (_, c) => c + 1);
                Interlocked.Increment(ref _completed);
            }
            return latencies;
        }, ct)).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var byKind = all.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Select(l => l.Ticks).ToArray());
        return new RunSamples([.. all.Select(l => l.Ticks)], byKind, elapsed, new Dictionary<string, int>(kinds), new Dictionary<string, int>(errors));
    }

    /// <summary>Waits until the due time and returns it.</summary>
    private static async Task<long> DueAsync(long due, CancellationToken ct)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
        return due;
    }

    /// <summary>Null on a 2xx answer, else what went wrong.</summary>
    private async Task<string?> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            using (request)
            using (var response = await http.SendAsync(request, ct))
            {
                await response.Content.CopyToAsync(Stream.Null, ct);
                return response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return e.GetType().Name;
        }
    }
}

/// <summary>What one run measured: every acknowledgement latency in Stopwatch ticks (also by kind), the wall time, requests and errors by kind.</summary>
public sealed record RunSamples(long[] Latencies, Dictionary<string, long[]> LatenciesByKind, TimeSpan Elapsed, Dictionary<string, int> Kinds, Dictionary<string, int> Errors);
