using System.Diagnostics;
using System.Text.Json;
using NodaTime;
using RelationshipCoach.Bench.Load.Fakes;
using RelationshipCoach.Bench.Load.Host;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Playground;

namespace RelationshipCoach.Bench.Load.Scheduler;

/// <summary>
/// The scheduler at scale, through the product's own ICallReminderScheduler on its SQLite job store: schedules the
/// reminders, lets a group fall due in the same second and measures each send against its due time (to playground reps
/// twice, then to Slack reps through a fake Slack that answers after a delay), then restarts with everything still
/// pending and measures until healthz is healthy and the first due reminder has fired.
/// </summary>
public static class SchedulerBenchmark
{
    /// <summary>Reminders scheduled one call at a time first, to compare that path with the batched one.</summary>
    public const int OneByOneSample = 2_000;

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        var folder = Directory.CreateTempSubdirectory("coach-bench-scheduler-").FullName;
        var table = new ReminderTable(Path.Combine(folder, "coach.db"));
        var result = new SchedulerResult { Reminders = options.Reminders, DueTogether = options.DueTogether, Batch = options.Batch, LoadAverageBefore = LoadAverage.Read() };
        output.WriteLine($"Scheduler benchmark in {folder}; load average {result.LoadAverageBefore}.");

        await using var world = await OutsideWorld.StartAsync();
        world.SlackDelay = options.SlackDelay;
        world.RecordPosts = true;
        var settings = new Dictionary<string, string>
        {
            ["Slack:SigningSecret"] = HostProcess.SlackSigningSecret,
            ["Slack:BotToken"] = OutsideWorld.SlackBotToken,
            ["Slack:ApiBaseUrl"] = world.SlackApiUrl,
        };
        foreach (var (key, value) in options.HostEnvironment) settings[key] = value;
        result = result with { SlackDelayMs = options.SlackDelay.TotalMilliseconds };
        var (host, _) = await InProcessHost.StartAsync(folder, settings, ct);
        long repId;
        long[] ids;
        try
        {
            await using (var scope = host.Services.CreateAsyncScope())
                repId = (await scope.ServiceProvider.GetRequiredService<IUserDirectory>().GetOrCreateAsync(PlaygroundUsers.Ref(InProcessHost.RepUser), ct)).Id;
            var far = SystemClock.Instance.GetCurrentInstant() + Duration.FromDays(30);
            var seeding = Stopwatch.StartNew();
            ids = await table.SeedCallsAsync(repId, [.. Enumerable.Range(0, options.Reminders).Select(i => (far + Duration.FromSeconds(i)).ToUnixTimeMilliseconds())], ct);
            result = result with { SeedSeconds = Seconds(seeding.Elapsed) };

            // The last id is kept for the restart; before it, three groups that will fall due together.
            var group = options.DueTogether;
            var first = ids[^(group + 1)..^1];
            var running = ids[^(2 * group + 1)..^(group + 1)];
            var slack = ids[^(3 * group + 1)..^(2 * group + 1)];
            var laterIds = ids[..^(3 * group + 1)].Append(ids[^1]).ToArray();
            result = await ScheduleAsync(host, laterIds, far, options.Batch, result, ct);
            var (firstBurst, firstScheduling, firstFeedId) = await BurstAsync(host, table, first, options.Batch, afterFeedId: 0, ct);
            var (runningBurst, runningScheduling, lastFeedId) = await BurstAsync(host, table, running, options.Batch, firstFeedId, ct);
            var (slackBurst, slackScheduling) = await SlackBurstAsync(host, world, table, slack, options.Batch, ct);
            result = result with
            {
                FirstBurst = firstBurst,
                RunningBurst = runningBurst,
                SlackBurst = slackBurst,
                LastFeedId = lastFeedId,
                ScheduleSeconds = Math.Round(result.ScheduleSeconds + Seconds(firstScheduling + runningScheduling + slackScheduling), 2),
            };

            var restartDue = SystemClock.Instance.GetCurrentInstant() + Duration.FromMilliseconds(1500);
            await table.SetDueAsync([ids[^1]], restartDue.ToUnixTimeMilliseconds(), ct);
            await WithSchedulerAsync(host, s => s.ScheduleAsync(ids[^1], restartDue, ct));
        }
        finally
        {
            await host.DisposeAsync();
        }
        result = await RestartAsync(folder, settings, table, result, ct);

        result = result with { LoadAverageAfter = LoadAverage.Read() };
        Directory.Delete(folder, recursive: true);
        output.WriteLine(result.Table());
        if (options.JsonPath is { } path)
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }), ct);
        return result.Met ? 0 : 1;
    }

    private static async Task<SchedulerResult> ScheduleAsync(InProcessHost host, long[] ids, Instant far, int batch, SchedulerResult result, CancellationToken ct)
    {
        var dueOf = (long id, int i) => (id, far + Duration.FromSeconds(i));
        var sample = Math.Min(OneByOneSample, ids.Length);
        var oneByOne = Stopwatch.StartNew();
        await WithSchedulerAsync(host, async s =>
        {
            for (var i = 0; i < sample; i++) await s.ScheduleAsync(ids[i], far + Duration.FromSeconds(i), ct);
        });
        var oneByOneTime = oneByOne.Elapsed;

        var batched = Stopwatch.StartNew();
        foreach (var chunk in ids.Skip(sample).Select((id, i) => dueOf(id, i + sample)).Chunk(batch))
            await WithSchedulerAsync(host, s => s.ScheduleManyAsync(chunk, ct));
        var batchedTime = batched.Elapsed;
        return result with
        {
            OneByOnePerSecond = Math.Round(sample / oneByOneTime.TotalSeconds, 0),
            BatchedPerSecond = Math.Round((ids.Length - sample) / batchedTime.TotalSeconds, 0),
            ScheduleSeconds = Seconds(oneByOneTime + batchedTime),
        };
    }

    /// <summary>
    /// The group falls due in one second, one reminder for each of as many reps (one person's daily cap would hold
    /// most of them back, by design): each send time (the feed item's time) minus the due time. The second group
    /// goes to the same reps, a second reminder each, well under the cap.
    /// </summary>
    private static async Task<(BurstFigures Burst, TimeSpan Scheduling, long LastFeedId)> BurstAsync(
        InProcessHost host, ReminderTable table, long[] burst, int batch, long afterFeedId, CancellationToken ct)
    {
        var reps = new List<long>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
            for (var i = 0; i < burst.Length; i++)
                reps.Add((await users.GetOrCreateAsync(PlaygroundUsers.Ref($"burst-rep-{i}"), ct)).Id);
        }
        var (due, schedulingTime) = await FallDueTogetherAsync(host, table, burst, reps, batch, ct);

        var deadline = due + Duration.FromSeconds(60);
        List<(long Id, long At)> sent = [];
        while (SystemClock.Instance.GetCurrentInstant() < deadline && sent.Count < burst.Length)
        {
            await Task.Delay(200, ct);
            sent = await table.FeedAfterAsync(afterFeedId, ct);
        }
        return (BurstFigures.Of([.. sent.Select(s => s.At - due.ToUnixTimeMilliseconds())]), schedulingTime, sent.Count == 0 ? afterFeedId : sent[^1].Id);
    }

    /// <summary>
    /// The third group, one reminder each for as many Slack reps: each send is chat.postMessage to the fake Slack,
    /// which answers after the set delay, as Slack's API would; the lag is the moment it answered minus the due time.
    /// </summary>
    private static async Task<(BurstFigures Burst, TimeSpan Scheduling)> SlackBurstAsync(
        InProcessHost host, OutsideWorld world, ReminderTable table, long[] burst, int batch, CancellationToken ct)
    {
        var reps = new List<long>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<IUserDirectory>();
            for (var i = 0; i < burst.Length; i++)
                reps.Add((await users.GetOrCreateAsync(new UserRef(Channels.Slack, "T1", $"UBURST{i}"), ct)).Id);
        }
        var (due, scheduling) = await FallDueTogetherAsync(host, table, burst, reps, batch, ct);

        var deadline = due + Duration.FromSeconds(60);
        List<long> lags = [];
        while (SystemClock.Instance.GetCurrentInstant() < deadline && lags.Count < burst.Length)
        {
            await Task.Delay(200, ct);
            // The fake Slack opens a DM with a person as "D" and their id.
            lags = [.. world.Posted.Where(p => p.Channel.StartsWith("DUBURST", StringComparison.Ordinal))
                .Select(p => p.At.ToUnixTimeMilliseconds() - due.ToUnixTimeMilliseconds())];
        }
        return (BurstFigures.Of(lags), scheduling);
    }

    /// <summary>Gives the group's calls to the reps and lets them fall due together 4 s from now, on a whole second.</summary>
    private static async Task<(Instant Due, TimeSpan Scheduling)> FallDueTogetherAsync(
        InProcessHost host, ReminderTable table, long[] burst, List<long> reps, int batch, CancellationToken ct)
    {
        await table.AssignRepsAsync(burst, reps, ct);
        var now = SystemClock.Instance.GetCurrentInstant();
        var due = Instant.FromUnixTimeSeconds(now.ToUnixTimeSeconds() + 4);
        await table.SetDueAsync(burst, due.ToUnixTimeMilliseconds(), ct);
        var scheduling = Stopwatch.StartNew();
        foreach (var chunk in burst.Select(id => (id, due)).Chunk(batch))
            await WithSchedulerAsync(host, s => s.ScheduleManyAsync(chunk, ct));
        return (due, scheduling.Elapsed);
    }

    private static async Task<SchedulerResult> RestartAsync(string folder, IReadOnlyDictionary<string, string> settings, ReminderTable table, SchedulerResult result, CancellationToken ct)
    {
        await Task.Delay(2000, ct);
        var pending = await table.PendingTriggersAsync(ct);
        var started = Stopwatch.StartNew();
        var (host, untilHealthy) = await InProcessHost.StartAsync(folder, settings, ct);
        try
        {
            TimeSpan? fired = null;
            while (started.Elapsed < TimeSpan.FromSeconds(60))
            {
                if ((await table.FeedAfterAsync(result.LastFeedId, ct)).Count > 0)
                {
                    fired = started.Elapsed;
                    break;
                }
                await Task.Delay(10, ct);
            }
            return result with
            {
                PendingAtRestart = pending,
                RestartHealthySeconds = Seconds(untilHealthy),
                RestartFirstReminderSeconds = fired is { } f ? Seconds(f) : null,
            };
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task WithSchedulerAsync(InProcessHost host, Func<ICallReminderScheduler, Task> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ICallReminderScheduler>());
    }

    private static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 2);
}
