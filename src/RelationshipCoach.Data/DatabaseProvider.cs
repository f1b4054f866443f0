using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Data;

/// <summary>The databases the coach can keep its state in.</summary>
public enum DatabaseProvider { Sqlite, PostgreSQL }

/// <summary>Registers the DbContext for the configured provider, exposed to the rest of the app as <see cref="CoachDbContext"/>.</summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddCoachDatabase(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            services.AddDbContextPool<PostgresCoachDbContext>(o => o.UseNpgsql(connectionString).ConfigureWarnings(LeftToCallers));
            services.AddScoped<CoachDbContext>(sp => sp.GetRequiredService<PostgresCoachDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteCoachDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new Sqlite.WalSqliteInterceptor(), new Sqlite.SqliteSaveQueue()).ConfigureWarnings(LeftToCallers));
            services.AddScoped<CoachDbContext>(sp => OpenOnce(sp.GetRequiredService<SqliteCoachDbContext>()));
        }
        return services;
    }

    /// <summary>
    /// EF opens and closes the connection around every command, and each SQLite open registers EF's SQL functions
    /// on it again (a tenth of the app's allocations under load). Opened once here, a request's commands share it;
    /// SQLite's open is local and quick, and the pooled connection goes back when the scope ends. Work that was
    /// deferred (the Slack and Teams workers) keeps EF's way: its scopes spend most of their time waiting for Slack or
    /// Teams, and each holding a connection meanwhile kept one native connection per worker open, a schema and page
    /// cache each (about 0.4 MB; 25–30 MB more under load with 64 Slack lanes).
    /// </summary>
    private static SqliteCoachDbContext OpenOnce(SqliteCoachDbContext db)
    {
        if (!Deferred.IsCurrent) db.Database.OpenConnection();
        return db;
    }

    /// <summary>
    /// A database that cannot be reached, or a save or command that fails, is reported once, in plain words, by whoever
    /// needed it (or by the host, when no one handles it); EF's own error log would repeat it, and would call an error
    /// what a caller handles: a person's first two messages creating them at once, where the second finds the first's row.
    /// </summary>
    private static void LeftToCallers(WarningsConfigurationBuilder warnings) =>
        warnings.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug));
}
