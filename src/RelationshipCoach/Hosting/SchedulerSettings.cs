using System.Globalization;

namespace RelationshipCoach.Hosting;

/// <summary>
/// How Quartz runs (Scheduler:*): when a late trigger counts as misfired, and on PostgreSQL how often each instance
/// checks in with the cluster, how late a check-in may be before the others take over its jobs, and its id.
/// </summary>
public sealed record SchedulerSettings(TimeSpan MisfireThreshold, TimeSpan CheckinInterval, TimeSpan CheckinMisfireThreshold, string InstanceId)
{
    public static SchedulerSettings Read(IConfiguration config) => new(
        Duration(config, "Scheduler:MisfireThreshold", "00:01:00"),
        Duration(config, "Scheduler:CheckinInterval", "00:00:07.500"),
        Duration(config, "Scheduler:CheckinMisfireThreshold", "00:00:07.500"),
        string.IsNullOrWhiteSpace(config["Scheduler:InstanceId"]) ? NewInstanceId() : config["Scheduler:InstanceId"]!);

    /// <summary>Unique per process start, also for several instances on one machine or in one test process.</summary>
    private static string NewInstanceId() =>
        $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    private static TimeSpan Duration(IConfiguration config, string key, string fallback)
    {
        var text = config[key] ?? fallback;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value <= TimeSpan.Zero)
            throw new InvalidOperationException($"{key} must be a positive duration like {fallback}, not '{text}'.");
        return value;
    }
}
