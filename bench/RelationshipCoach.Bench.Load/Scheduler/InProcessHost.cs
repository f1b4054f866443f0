using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Bench.Load.Scheduler;

/// <summary>The coach built by CoachApp.Build in this process on a loopback port, so the benchmark can call its scheduler directly.</summary>
public sealed class InProcessHost : IAsyncDisposable
{
    public const string RepUser = "bench1";
    private readonly WebApplication _app;

    private InProcessHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host on the folder's database and returns once it answers healthz with 200, with how long that took.</summary>
    public static async Task<(InProcessHost Host, TimeSpan UntilHealthy)> StartAsync(string folder, IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var app = CoachApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Coach=Data Source={Path.Combine(folder, "coach.db")}",
            $"--DataProtection:KeysFolder={Path.Combine(folder, "keys")}",
            $"--Slack:InboxFolder={Path.Combine(folder, "slack-inbox")}",
            $"--Teams:InboxFolder={Path.Combine(folder, "teams-inbox")}",
            $"--Guidance:ModelCache={Path.Combine(Path.GetTempPath(), "coach-bench-guidance-model")}",
            "--Playground:Enabled=true",
            $"--Playground:Users:{RepUser}=Rep",
            // Reminders are measured as sent, whatever the hour the benchmark runs at.
            "--WorkingHours:Default=Mon-Sun 00:00-24:00",
            "--Logging:LogLevel:Default=Warning",
            .. settings.Select(kv => $"--{kv.Key}={kv.Value}"),
        ]);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new InProcessHost(app, new Uri(address.TrimEnd('/') + "/"));
        using var http = new HttpClient { BaseAddress = host.BaseUrl };
        while ((await http.GetAsync("healthz", ct)).StatusCode != HttpStatusCode.OK) await Task.Delay(20, ct);
        return (host, started.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
