using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Data;

namespace RelationshipCoach.Data.Tests;

public sealed class MigrationsTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add … --context SqliteCoachDbContext.");
    }

    [Fact]
    public void The_postgresql_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run dotnet ef migrations add … --context PostgresCoachDbContext.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_in_the_same_order()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Fact]
    public async Task Migrating_a_new_sqlite_file_creates_the_app_and_quartz_tables()
    {
        using var file = new TemporaryDatabase();
        await using var db = file.Open();
        await db.Database.MigrateAsync();

        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Contains("users", tables);
        Assert.Contains("calls", tables);
        Assert.Contains("QRTZ_TRIGGERS", tables);
        Assert.Contains("QRTZ_JOB_DETAILS", tables);
        Assert.True(tables.Count(t => t.StartsWith("QRTZ_")) >= 11);
    }
}
