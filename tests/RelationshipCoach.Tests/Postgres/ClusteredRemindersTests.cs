using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RelationshipCoach.Tests.Postgres;

/// <summary>
/// Two real service processes on one PostgreSQL database, Quartz clustered: every reminder reaches the feed exactly
/// once, also when one instance is killed while reminders fall due.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteredRemindersTests(PostgresServer server, ITestOutputHelper output)
{
    private const string SentLine = "Sent the reminder for call";

    [PostgresFact]
    public async Task Two_instances_deliver_each_of_200_reminders_exactly_once()
    {
        var confirmAfter = TimeSpan.FromSeconds(20);
        var database = await server.CreateDatabaseAsync();
        await using var a = await CoachProcess.StartAsync(Settings(database, confirmAfter));
        await using var b = await CoachProcess.StartAsync(Settings(database, confirmAfter));

        var ids = new[] { await SchedulerDetailAsync(a), await SchedulerDetailAsync(b) };
        Assert.All(ids, d => Assert.Contains("Running, persistent, clustered", d));
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(2, (await ReminderFeed.ClusterInstancesAsync(database)).Distinct().Count());

        var clock = Stopwatch.StartNew();
        var calls = await LogCallsAsync([a, b], 200);
        var loggedIn = clock.Elapsed;

        var deliveries = await WaitForAllAsync(database, confirmAfter, calls, TimeSpan.FromSeconds(150));
        // Longer than a check-in interval, so a duplicate from a slower instance would have arrived by now.
        await Task.Delay(TimeSpan.FromSeconds(6));
        deliveries = await ReminderFeed.ReadAsync(database, confirmAfter);

        AssertExactlyOnce(calls, deliveries);
        var byA = a.CountLines(SentLine);
        var byB = b.CountLines(SentLine);
        Assert.Equal(calls.Count, byA + byB);
        Assert.True(byA > 0 && byB > 0, $"Both instances should have sent reminders; A sent {byA}, B sent {byB}.");
        output.WriteLine($"200 calls logged in {loggedIn.TotalSeconds:F1}s; reminders delivered: {deliveries.Count} " +
            $"(A {byA}, B {byB}), duplicates: {deliveries.Count - deliveries.Select(d => d.CallId).Distinct().Count()}, " +
            $"max delay after due: {deliveries.Max(d => d.DeliveredAt - d.DueAt)} ms, median: {Median(deliveries.Select(d => d.DeliveredAt - d.DueAt))} ms.");
    }

    [PostgresFact]
    public async Task When_an_instance_is_killed_the_other_takes_over_its_reminders_without_duplicates()
    {
        var confirmAfter = TimeSpan.FromSeconds(12);
        var database = await server.CreateDatabaseAsync();
        await using var survivor = await CoachProcess.StartAsync(Settings(database, confirmAfter));
        await using var victim = await CoachProcess.StartAsync(Settings(database, confirmAfter));

        var calls = await LogCallsAsync([survivor, victim], 60);
        // Kill the victim as soon as reminders start to fall due: it then holds acquired or running triggers.
        await Eventually.TrueAsync(async () => (await ReminderFeed.ReadAsync(database, confirmAfter)).Count > 0,
            "No reminder was delivered within 60 seconds of being logged.", TimeSpan.FromSeconds(60));
        victim.Kill();
        var killedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var sentByVictim = victim.CountLines(SentLine);
        Assert.NotEqual(calls.Count, sentByVictim);

        var deliveries = await WaitForAllAsync(database, confirmAfter, calls, TimeSpan.FromSeconds(30) + confirmAfter);
        await Task.Delay(TimeSpan.FromSeconds(6));
        deliveries = await ReminderFeed.ReadAsync(database, confirmAfter);

        AssertExactlyOnce(calls, deliveries);
        var takeover = deliveries.Where(d => d.DeliveredAt > killedAt).Select(d => d.DeliveredAt - Math.Max(d.DueAt, killedAt)).DefaultIfEmpty(0).Max();
        Assert.True(takeover < 30_000, $"A reminder due when the other instance died took {takeover} ms to be delivered.");
        output.WriteLine($"60 calls; the victim sent {sentByVictim} before SIGKILL, the survivor {survivor.CountLines(SentLine)}; " +
            $"duplicates: {deliveries.Count - calls.Count}; longest wait of a reminder due after the kill: {takeover} ms; " +
            $"cluster recovery logged: {survivor.Lines.Any(l => l.Contains("failed", StringComparison.OrdinalIgnoreCase))}.");
    }

    private static Dictionary<string, string> Settings(string database, TimeSpan confirmAfter) => new()
    {
        ["Database:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Coach"] = database,
        ["Reminders:ConfirmAfter"] = confirmAfter.ToString("c"),
        ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00",
        // Hundreds of reminders go to a few demo users: the daily cap would rightly hold most of them.
        ["Nudges:MaxPerDay"] = "100000",
        ["Scheduler:CheckinInterval"] = "00:00:02",
        ["Scheduler:CheckinMisfireThreshold"] = "00:00:03",
    };

    private static async Task<string> SchedulerDetailAsync(CoachProcess coach)
    {
        var health = await coach.Http.GetFromJsonAsync<JsonObject>("/healthz");
        return (string)health!["checks"]!["scheduler"]!["detail"]!;
    }

    /// <summary>Logs calls through the playground API, spread over the instances; returns their ids.</summary>
    private static async Task<IReadOnlyList<long>> LogCallsAsync(CoachProcess[] instances, int count)
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var playground = new PlaygroundClient(instances[i % instances.Length].Http);
            var replies = await playground.SayAsync(i % 2 == 0 ? "rep1" : "rep2", $"just got off a call with Acme{i} about the Q3 renewal", locale: "en");
            var logged = replies.Single(r => (string)r!["kind"]! == "call.logged")!;
            ids.Add(long.Parse((string)PlaygroundClient.Action(logged, "call.sent")["values"]!["callId"]!));
        });
        return ids.ToList();
    }

    private static async Task<IReadOnlyList<ReminderFeed.Delivery>> WaitForAllAsync(
        string database, TimeSpan confirmAfter, IReadOnlyList<long> calls, TimeSpan within)
    {
        IReadOnlyList<ReminderFeed.Delivery> deliveries = [];
        await Eventually.TrueAsync(async () =>
        {
            deliveries = await ReminderFeed.ReadAsync(database, confirmAfter);
            return calls.All(c => deliveries.Any(d => d.CallId == c));
        }, () => $"Not every reminder arrived within {within.TotalSeconds}s: {calls.Count(c => deliveries.All(d => d.CallId != c))} of {calls.Count} missing.", within);
        return deliveries;
    }

    private static void AssertExactlyOnce(IReadOnlyList<long> calls, IReadOnlyList<ReminderFeed.Delivery> deliveries)
    {
        var counts = deliveries.GroupBy(d => d.CallId).ToDictionary(g => g.Key, g => g.Count());
        var wrong = calls.Where(c => counts.GetValueOrDefault(c) != 1).Select(c => $"call {c}: {counts.GetValueOrDefault(c)}").ToList();
        Assert.True(wrong.Count == 0, $"Reminders not delivered exactly once: {string.Join(", ", wrong)}");
        Assert.Equal(calls.Count, deliveries.Count);
    }

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
