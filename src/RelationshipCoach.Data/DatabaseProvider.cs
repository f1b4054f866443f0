using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
            services.AddDbContextPool<PostgresCoachDbContext>(o => o.UseNpgsql(connectionString));
            services.AddScoped<CoachDbContext>(sp => sp.GetRequiredService<PostgresCoachDbContext>());
        }
        else
        {
            services.AddDbContextPool<SqliteCoachDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new Sqlite.WalSqliteInterceptor()));
            services.AddScoped<CoachDbContext>(sp => sp.GetRequiredService<SqliteCoachDbContext>());
        }
        return services;
    }
}
