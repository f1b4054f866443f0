using System.Diagnostics;
using NodaTime;
using RelationshipCoach.Bench.Digest;
using RelationshipCoach.Core.Digests;

// Usage: dotnet run -c Release --project bench/RelationshipCoach.Bench.Digest [-- leads]
// Builds and renders the digest of every lead (ten reps, eight weeks each) on two threads, as on a two-core machine.
var leads = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1000;
var end = Instant.FromUtc(2026, 11, 30, 7, 30);
const int Threads = 2;

Warm(end);
GC.Collect();
var heapAtStart = GC.GetTotalMemory(forceFullCollection: true);
var samples = new List<(int Leads, long Heap)>();
long calls = 0, nudges = 0, generation = 0, building = 0;
var wall = Stopwatch.StartNew();
var done = 0;
Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
{
    long myCalls = 0, myNudges = 0, myGeneration = 0, myBuilding = 0;
    for (var lead = thread + 1; lead <= leads; lead += Threads)
    {
        var t0 = Stopwatch.GetTimestamp();
        var facts = TeamHistory.For(lead, end);
        var t1 = Stopwatch.GetTimestamp();
        var digest = DigestBuilder.Build(facts);
        var reply = DigestReply.Build(digest, null);
        _ = TrendText.Describe(digest.Trend, digest.Lead.Language);
        var t2 = Stopwatch.GetTimestamp();
        myGeneration += t1 - t0;
        myBuilding += t2 - t1;
        myCalls += facts.Reps.Sum(r => r.Calls.Count);
        myNudges += digest.Nudges.Count;
        if (reply.Kind != DigestReply.Kind) throw new InvalidOperationException("Unexpected reply.");
        var finished = Interlocked.Increment(ref done);
        if (finished % 100 == 0)
            lock (samples) samples.Add((finished, GC.GetTotalMemory(forceFullCollection: false)));
    }
    Interlocked.Add(ref calls, myCalls);
    Interlocked.Add(ref nudges, myNudges);
    Interlocked.Add(ref generation, myGeneration);
    Interlocked.Add(ref building, myBuilding);
});
wall.Stop();
var heapAtEnd = GC.GetTotalMemory(forceFullCollection: true);

static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
Console.WriteLine($"{leads} leads × {TeamHistory.RepsPerLead} reps × 8 weeks: {calls:N0} calls, {nudges:N0} nudges, on {Threads} threads");
Console.WriteLine($"wall time            {wall.Elapsed.TotalSeconds:F2} s (facts generated and digests built)");
Console.WriteLine($"building digests     {Seconds(building):F2} s of thread time ({Seconds(building) / leads * 1000:F2} ms per lead)");
Console.WriteLine($"generating facts     {Seconds(generation):F2} s of thread time");
Console.WriteLine($"heap before / after  {heapAtStart / 1024 / 1024.0:F1} MB / {heapAtEnd / 1024 / 1024.0:F1} MB (after full collections)");
Console.WriteLine("heap while running   " + string.Join("  ", samples.Where((_, i) => i % Math.Max(1, samples.Count / 10) == 0).Select(s => $"{s.Leads}:{s.Heap / 1024 / 1024}MB")));
Console.WriteLine(wall.Elapsed.TotalSeconds < 10 ? "OK: under 10 seconds." : "SLOW: 10 seconds or more.");
return wall.Elapsed.TotalSeconds < 10 ? 0 : 1;

static void Warm(Instant end)
{
    for (var lead = 1; lead <= 5; lead++) DigestReply.Build(DigestBuilder.Build(TeamHistory.For(lead, end)), null);
}
