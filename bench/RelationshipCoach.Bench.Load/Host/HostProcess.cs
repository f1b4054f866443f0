using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using RelationshipCoach.Bench.Load.Fakes;

namespace RelationshipCoach.Bench.Load.Host;

/// <summary>
/// The coach as a child process of this build (Release when the benchmark is), on a free loopback port, with its
/// SQLite file and folders in a fresh temporary directory and every outside endpoint pointed at the fakes.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string SlackSigningSecret = "bench-signing-secret-0123456789abcdef";
    public const int PlaygroundUsers = 50;
    private const string AdminKey = "bench-admin-key-0123456789abcdef";
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, Uri baseUrl, string folder)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        Folder = folder;
    }

    public Uri BaseUrl { get; }
    public string Folder { get; }
    public int Pid => _process.Id;
    public string LogPath => Path.Combine(Folder, "host.log");

    public static string DefaultDll => Path.Combine(AppContext.BaseDirectory, "RelationshipCoach.dll");

    public static async Task<HostProcess> StartAsync(OutsideWorld world, BenchOptions options, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("coach-bench-").FullName;
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(options.HostDll ?? DefaultDll);
        foreach (var (key, value) in Settings(world, folder, baseUrl)) start.Environment[key] = value;
        if (options.GcServer) start.Environment["DOTNET_gcServer"] = "1";
        foreach (var (key, value) in options.HostEnvironment) start.Environment[key] = value;

        var log = new StreamWriter(Path.Combine(folder, "host.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, baseUrl, folder);
        await host.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3), ct);
        await host.WaitForGuidanceAsync(TimeSpan.FromMinutes(5), ct);
        return host;
    }

    public ProcessMemory? Memory() => ProcessMemory.Read(_process.Id);

    private static Dictionary<string, string> Settings(OutsideWorld world, string folder, Uri baseUrl)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // As the service's launch profile and docs/operations.md run it; --env MALLOC_ARENA_MAX= measures glibc's default.
            ["MALLOC_ARENA_MAX"] = "2",
            ["Urls"] = baseUrl.ToString().TrimEnd('/'),
            ["ConnectionStrings__Coach"] = $"Data Source={Path.Combine(folder, "coach.db")}",
            ["DataProtection__KeysFolder"] = Path.Combine(folder, "keys"),
            ["Slack__InboxFolder"] = Path.Combine(folder, "slack-inbox"),
            ["Teams__InboxFolder"] = Path.Combine(folder, "teams-inbox"),
            ["Slack__SigningSecret"] = SlackSigningSecret,
            ["Slack__BotToken"] = OutsideWorld.SlackBotToken,
            ["Slack__ApiBaseUrl"] = world.SlackApiUrl,
            ["Teams__MicrosoftAppId"] = TeamsIssuer.AppId,
            ["Teams__MicrosoftAppPassword"] = TeamsIssuer.AppPassword,
            ["Teams__OpenIdMetadataUrl"] = world.MetadataUrl,
            ["Teams__TokenEndpoint"] = world.TokenUrl,
            ["Playground__Enabled"] = "true",
            ["Admin__ApiKey"] = AdminKey,
            // One trained classifier for every run on this machine; the cache is keyed by the corpus.
            ["Guidance__ModelCache"] = Path.Combine(Path.GetTempPath(), "coach-bench-guidance-model"),
        };
        for (var i = 1; i <= PlaygroundUsers; i++) settings[$"Playground__Users__bench{i}"] = "Rep";
        return settings;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with {_process.ExitCode}; see {LogPath}.");
            try
            {
                if ((await http.GetAsync("healthz", ct)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"The host was not healthy within {limit}; see {LogPath}.");
    }

    /// <summary>
    /// Healthy comes before the guidance classifier is ready: on a machine without its cache it is trained first, and
    /// the first guidance requests wait for it. One request with a generous timeout keeps that out of the figures.
    /// </summary>
    private async Task WaitForGuidanceAsync(TimeSpan limit, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = limit };
        var body = System.Text.Json.JsonSerializer.Serialize(new { user = "bench1", text = Traffic.Phrases.Situations[0] });
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync("api/playground/messages", content, ct)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Acknowledged Slack events and Teams activities not yet answered, as the admin status counts them: what the
    /// figures taken at the end still had to do.
    /// </summary>
    public async Task<(int Slack, int Teams)> UnansweredAsync(CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "admin/status") { Headers = { { "X-Admin-Key", AdminKey } } };
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var unanswered = status.RootElement.GetProperty("unanswered");
        return (unanswered.GetProperty("slack").GetInt32(), unanswered.GetProperty("teams").GetInt32());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log) log.WriteLine(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets the host stop Quartz and flush; kill only if it does not.
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        // A clean stop leaves nothing worth reading, and each run's database is tens of megabytes; after a failed one the
        // folder and its host.log stay where the run's first line said.
        var clean = _process.HasExited && _process.ExitCode == 0;
        _process.Dispose();
        lock (_log) _log.Dispose();
        if (clean) Directory.Delete(Folder, recursive: true);
    }
}
