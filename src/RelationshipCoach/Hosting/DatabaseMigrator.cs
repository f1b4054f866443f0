using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Data;

namespace RelationshipCoach.Hosting;

/// <summary>Brings the database to the latest migration before anything else starts, Quartz's tables included.</summary>
public sealed class DatabaseMigrator(IServiceProvider services, CoachConfiguration configuration, ILogger<DatabaseMigrator> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (configuration.Provider == DatabaseProvider.Sqlite) PrepareSqliteFile(configuration.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoachDbContext>();
        try
        {
            await db.Database.MigrateAsync(ct);
            if (configuration.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogCritical("The {Provider} database could not be opened or migrated: {Reason}", configuration.Provider, e.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>SQLite creates the file but not its folder; the default lives under ./data/.</summary>
    private static void PrepareSqliteFile(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
