using Microsoft.EntityFrameworkCore;

namespace RelationshipCoach.Data.Tests;

/// <summary>A test class's own real SQLite file, migrated to the latest schema before each test and deleted after.</summary>
public abstract class MigratedDatabase : IAsyncLifetime
{
    private readonly TemporaryDatabase _file = new();

    protected SqliteCoachDbContext Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = _file.Open();
        await Db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        _file.Dispose();
    }
}
