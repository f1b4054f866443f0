using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RelationshipCoach.Data;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Brings the database to the latest migration before anything else uses it, Quartz's tables included. When the
/// database does not answer at start, it says so in one line and keeps trying with growing pauses; the host stays up
/// meanwhile and its health check reports why it is unhealthy.
/// </summary>
public sealed class DatabaseMigrator(
    IServiceProvider services, CoachConfiguration configuration, DatabaseReadiness readiness, ILogger<DatabaseMigrator> log) : IHostedService
{
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken ct)
    {
        if (await TryMigrateAsync(ct) is not { } problem) return;
        log.LogError(
            "Cannot open the {Provider} database {Database}: {Reason} Check that the server is running and reachable from here and that " +
            "ConnectionStrings:Coach and Database:Provider are right. Retrying with pauses of up to {MaxPause}s; /healthz reports unhealthy until then.",
            configuration.Provider, Describe(configuration), problem, Pauses[^1].TotalSeconds);
        _retrying = RetryAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken ct)
    {
        await _stopping.CancelAsync();
        await _retrying;
    }

    /// <summary>One attempt that throws on failure, for the `migrate` verb.</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (configuration.Provider == DatabaseProvider.Sqlite) PrepareSqliteFile(configuration.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoachDbContext>();
        await db.Database.MigrateAsync(ct);
        if (configuration.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        readiness.MarkReady();
    }

    private async Task<string?> TryMigrateAsync(CancellationToken ct)
    {
        try
        {
            await MigrateAsync(ct);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = e.GetBaseException() is var root && root != e ? $"{e.Message} ({root.Message})" : e.Message;
            readiness.Failed(reason);
            return reason;
        }
    }

    private async Task RetryAsync(CancellationToken ct)
    {
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await Task.Delay(Pauses[Math.Min(attempt, Pauses.Length - 1)], ct);
                if (await TryMigrateAsync(ct) is not { } problem) break;
                log.LogDebug("The {Provider} database still does not answer: {Reason}", configuration.Provider, problem);
            }
            log.LogInformation("The {Provider} database answers now and is migrated; the service is ready.", configuration.Provider);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Where the database is, without the password.</summary>
    private static string Describe(CoachConfiguration configuration)
    {
        if (configuration.Provider == DatabaseProvider.Sqlite)
            return new SqliteConnectionStringBuilder(configuration.ConnectionString).DataSource;
        var pg = new NpgsqlConnectionStringBuilder(configuration.ConnectionString);
        return $"'{pg.Database}' on {pg.Host}:{pg.Port} as {pg.Username}";
    }

    /// <summary>SQLite creates the file but not its folder; the default lives under ./data/.</summary>
    private static void PrepareSqliteFile(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
