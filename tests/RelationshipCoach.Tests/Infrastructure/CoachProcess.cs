using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>
/// The built service as a real child process (`dotnet RelationshipCoach.dll`) on its own loopback port, configured
/// through environment variables like a deployment, with its console output kept for assertions. It can be killed
/// with SIGKILL, which an in-process host cannot imitate.
/// </summary>
public sealed class CoachProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _folder;

    private CoachProcess(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the service with these settings (configuration keys, `:` separated) and returns once it listens.</summary>
    public static async Task<CoachProcess> StartAsync(IDictionary<string, string> settings, bool waitUntilHealthy = true)
    {
        var folder = Directory.CreateTempSubdirectory("coach-proc-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelationshipCoach.dll"));
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Playground:Enabled"] = "true",
            ["DataProtection:KeysFolder"] = Path.Combine(folder, "keys"),
            ["Slack:InboxFolder"] = Path.Combine(folder, "slack-inbox"),
            ["Teams:InboxFolder"] = Path.Combine(folder, "teams-inbox"),
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        };
        foreach (var (key, value) in settings) environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key.Replace(":", "__")] = value;

        var process = new Process { StartInfo = start };
        var coach = new CoachProcess(process, folder, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) coach._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) coach._lines.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await coach.WaitUntilListeningAsync(requireHealthy: waitUntilHealthy);
        return coach;
    }

    /// <summary>Polls /healthz until it answers (200 when <paramref name="requireHealthy"/>); a generous bound, not a timing assertion.</summary>
    public async Task WaitUntilListeningAsync(bool requireHealthy, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{string.Join('\n', Lines)}");
            try
            {
                var response = await Http.GetAsync("/healthz");
                if (!requireHealthy || response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The service did not {(requireHealthy ? "become healthy" : "listen")} within {(within ?? TimeSpan.FromSeconds(90)).TotalSeconds}s:\n{string.Join('\n', Lines)}");
    }

    public int CountLines(string containing) => Lines.Count(l => l.Contains(containing, StringComparison.Ordinal));

    /// <summary>
    /// SIGTERM, as a deployment stops the service: the host's stop runs, within its shutdown timeout. Completes with
    /// the exit code once the process has exited; the generous bound only guards against a hang.
    /// </summary>
    public async Task<int> StopAsync()
    {
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await signal.WaitForExitAsync();
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await _process.WaitForExitAsync(hang.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hook runs, the cluster only learns of it from missed check-ins.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        Http.Dispose();
        await Task.Yield();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
