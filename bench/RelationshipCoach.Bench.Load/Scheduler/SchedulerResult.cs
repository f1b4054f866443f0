using System.Globalization;
using System.Text;

namespace RelationshipCoach.Bench.Load.Scheduler;

/// <summary>The scheduler figures and whether each target was met.</summary>
public sealed record SchedulerResult
{
    public int Reminders { get; init; }
    public int DueTogether { get; init; }
    public int Batch { get; init; }
    public double SeedSeconds { get; init; }
    public double OneByOnePerSecond { get; init; }
    public double BatchedPerSecond { get; init; }
    public double ScheduleSeconds { get; init; }
    /// <summary>The first group due after the host started: the reminder path runs for the first time (JIT, EF's query compilation).</summary>
    public BurstFigures? FirstBurst { get; init; }
    /// <summary>A second group, once the service has sent reminders before: the usual case of a service that keeps running.</summary>
    public BurstFigures? RunningBurst { get; init; }
    /// <summary>A third group to Slack reps, whose send is an HTTP call that Slack answers after <see cref="SlackDelayMs"/>.</summary>
    public BurstFigures? SlackBurst { get; init; }
    public double SlackDelayMs { get; init; }
    public long LastFeedId { get; init; }
    public long PendingAtRestart { get; init; }
    public double RestartHealthySeconds { get; init; }
    public double? RestartFirstReminderSeconds { get; init; }
    public string LoadAverageBefore { get; init; } = "";
    public string LoadAverageAfter { get; init; } = "";
    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    public bool ScheduleMet => ScheduleSeconds < 60;
    public bool FirstBurstMet => FirstBurst?.Met(DueTogether) == true;
    public bool RunningBurstMet => RunningBurst?.Met(DueTogether) == true;
    public bool SlackBurstMet => SlackBurst?.Met(DueTogether) == true;
    public bool RestartMet => RestartFirstReminderSeconds is { } f && Math.Max(f, RestartHealthySeconds) < 10;
    public bool Met => ScheduleMet && FirstBurstMet && RunningBurstMet && SlackBurstMet && RestartMet;

    public string Table()
    {
        var t = new StringBuilder();
        void Row(string name, object? value, bool? met = null) =>
            t.AppendLine(CultureInfo.InvariantCulture, $"| {name,-44} | {value,-30} | {(met is null ? "" : met.Value ? "met" : "MISSED"),-6} |");
        Row("figure", "value");
        t.AppendLine($"|{new string('-', 46)}|{new string('-', 32)}|{new string('-', 8)}|");
        Row("reminders scheduled (seeding the calls took)", $"{Reminders} ({SeedSeconds} s)");
        Row("scheduling time, target < 60 s", $"{ScheduleSeconds} s", ScheduleMet);
        Row("  one ScheduleJob per reminder", $"{OneByOnePerSecond}/s");
        Row($"  ScheduleJobs in batches of {Batch}", $"{BatchedPerSecond}/s");
        BurstRows("due together, first after start", FirstBurst, FirstBurstMet);
        BurstRows("due together, service running", RunningBurst, RunningBurstMet);
        BurstRows($"due together, Slack reps ({SlackDelayMs} ms API)", SlackBurst, SlackBurstMet);
        Row("restart: pending reminders", PendingAtRestart);
        Row("restart: healthz healthy after", $"{RestartHealthySeconds} s");
        Row("restart: first due reminder sent after", $"{RestartFirstReminderSeconds?.ToString(CultureInfo.InvariantCulture) ?? "never"} s", RestartMet);
        Row("load average before / after", $"{LoadAverageBefore} / {LoadAverageAfter}");
        Row("cores", ProcessorCount);
        return t.ToString();

        void BurstRows(string name, BurstFigures? burst, bool met)
        {
            Row($"{name}: sent / within 2 s", $"{burst?.Sent} / {burst?.Within2s} of {DueTogether}", met);
            Row("  send − due, min / p50 / max", $"{burst?.LagMinMs} / {burst?.LagP50Ms} / {burst?.LagMaxMs} ms");
        }
    }
}
