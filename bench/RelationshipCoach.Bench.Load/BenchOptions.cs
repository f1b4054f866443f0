using System.Globalization;
using RelationshipCoach.Bench.Load.Traffic;

namespace RelationshipCoach.Bench.Load;

/// <summary>What the benchmark runs: the load mode (default) or the scheduler mode, and its limits.</summary>
public enum BenchMode { Load, Scheduler }

/// <summary>The command line of the benchmark, parsed into one immutable record.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        RelationshipCoach.Bench.Load [scheduler] [options]
          --requests N        stop after N measured requests (default 20000 unless --duration is given)
          --duration 60s      stop after this long (s, m or a TimeSpan)
          --concurrency N     requests in flight at once (default 32); with --rate, the most in flight
          --rate N            open loop: send N requests a second on a fixed schedule, whatever the answers;
                              latency counts from each request's scheduled time, so a late send counts too
          --mix SPEC          weights per kind, e.g. events:25,commands:15,teams:30,playground:30
                              (kinds: events, commands, teams, playground; default as shown)
          --guidance P        percent of requests that ask for guidance; the rest log calls or click (default 50)
          --warmup N          unmeasured requests first (default 1000)
          --users N           distinct people per channel (default 2000); Slack paces each DM to a message a second
          --json FILE         also write the results as JSON
          --target URL        send to a server already running there (e.g. the Bolt baseline) instead of starting the host
          --host-dll PATH     the host to start (default: RelationshipCoach.dll next to this program)
          --gc-server         start the host with DOTNET_gcServer=1
          --env KEY=VALUE     an extra setting for the host: an environment variable of the child host,
                              a configuration key (Section:Key) of the in-process one (repeatable)
        scheduler mode:
          --reminders N       pending reminders to schedule (default 100000)
          --due-together N    reminders due in the same second, measured three times: first after start, then again,
                              then to Slack reps (default 200)
          --slack-delay T     how long the fake Slack takes to answer chat.postMessage in the third group (default 150ms)
          --batch N           reminders per ScheduleJobs call (default 500)
        """;

    public BenchMode Mode { get; init; } = BenchMode.Load;
    public int? Requests { get; init; }
    public TimeSpan? Duration { get; init; }
    public int Concurrency { get; init; } = 32;
    public double? Rate { get; init; }
    public Mix Mix { get; init; } = Mix.Default;
    public int GuidancePercent { get; init; } = 50;
    public int Warmup { get; init; } = 1000;
    public int Users { get; init; } = 2000;
    public string? JsonPath { get; init; }
    public Uri? Target { get; init; }
    public string? HostDll { get; init; }
    public bool GcServer { get; init; }
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();
    public int Reminders { get; init; } = 100_000;
    public int DueTogether { get; init; } = 200;
    public int Batch { get; init; } = 500;
    public TimeSpan SlackDelay { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>With neither a count nor a duration, a run is this many requests.</summary>
    public int RequestLimit => Requests ?? (Duration is null ? 20_000 : int.MaxValue);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var env = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "scheduler" => options with { Mode = BenchMode.Scheduler },
                "load" => options with { Mode = BenchMode.Load },
                "--requests" => options with { Requests = Int(Next()) },
                "--duration" => options with { Duration = Span(Next()) },
                "--concurrency" => options with { Concurrency = Int(Next()) },
                "--rate" => options with { Rate = Int(Next()) },
                "--mix" => options with { Mix = Mix.Parse(Next()) },
                "--guidance" => options with { GuidancePercent = Int(Next()) },
                "--warmup" => options with { Warmup = Int(Next()) },
                "--users" => options with { Users = Int(Next()) },
                "--json" => options with { JsonPath = Next() },
                "--target" => options with { Target = new Uri(Next()) },
                "--host-dll" => options with { HostDll = Next() },
                "--gc-server" => options with { GcServer = true },
                "--env" => AddEnv(options, env, Next()),
                "--reminders" => options with { Reminders = Int(Next()) },
                "--due-together" => options with { DueTogether = Int(Next()) },
                "--batch" => options with { Batch = Int(Next()) },
                "--slack-delay" => options with { SlackDelay = Span(Next()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }
        if (options.Reminders < 3 * options.DueTogether + 1)
            throw new ArgumentException($"--reminders must be at least three times --due-together plus one ({3 * options.DueTogether + 1}): three groups fall due and one reminder waits for the restart.");
        return options;
    }

    private static BenchOptions AddEnv(BenchOptions options, Dictionary<string, string> env, string pair)
    {
        var equals = pair.IndexOf('=');
        if (equals <= 0) throw new ArgumentException($"--env takes KEY=VALUE, not '{pair}'.");
        env[pair[..equals]] = pair[(equals + 1)..];
        return options with { HostEnvironment = env };
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static TimeSpan Span(string text) => text.EndsWith("ms", StringComparison.Ordinal) ? TimeSpan.FromMilliseconds(double.Parse(text[..^2], CultureInfo.InvariantCulture)) : text[^1] switch
    {
        's' => TimeSpan.FromSeconds(double.Parse(text[..^1], CultureInfo.InvariantCulture)),
        'm' => TimeSpan.FromMinutes(double.Parse(text[..^1], CultureInfo.InvariantCulture)),
        _ => TimeSpan.Parse(text, CultureInfo.InvariantCulture),
    };
}
