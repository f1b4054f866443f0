using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server from the machine's packages: its own folder, a free port on 127.0.0.1 only,
/// trust authentication, fsync off. Run as the postgres user when the tests run as root, as PostgreSQL refuses root.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coach-pg-").FullName;
    private bool _initialised;

    public int Port { get; } = FreePort();

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The newest installed PostgreSQL's bin folder, or null when none is installed.</summary>
    public static string? BinFolder { get; } = FindBinFolder();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30";

    /// <summary>A server initialised and started, for a test that needs one of its own.</summary>
    public static async Task<PostgresServer> StartNewAsync()
    {
        var server = new PostgresServer();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Prepares the server's folder without starting it.</summary>
    public async Task InitAsync()
    {
        if (_initialised) return;
        // The postgres user must reach the folder; the data folder beneath is its own, mode 0700.
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The PostgreSQL fixture runs Debian's packages.");
        File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
            UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        await RunAsync("initdb", "-D", DataFolder, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C");
        _initialised = true;
    }

    public async Task StartAsync()
    {
        await InitAsync();
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        await RunAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-o", options, "-w", "-t", "60", "start");
    }

    public Task StopAsync() => RunAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    /// <summary>A new, empty database on this server; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"coach_{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task InitializeAsync()
    {
        if (BinFolder is not null) await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_initialised && File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            await RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    private async Task RunAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(BinFolder ?? throw new InvalidOperationException("PostgreSQL is not installed."), tool);
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Environment.UserName == "root")
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", executable }) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = executable;
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinFolder() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
}
