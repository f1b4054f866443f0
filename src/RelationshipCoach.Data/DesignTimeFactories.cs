using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RelationshipCoach.Data;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoachDbContext>
{
    public SqliteCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCoachDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoachDbContext>
{
    public PostgresCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCoachDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
