using Microsoft.EntityFrameworkCore;

namespace RelationshipCoach.Data.Tests;

/// <summary>A real SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coach-data-").FullName;

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "coach.db")};Pooling=False";

    public SqliteCoachDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteCoachDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
