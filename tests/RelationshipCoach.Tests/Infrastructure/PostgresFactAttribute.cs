namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>A test that needs a real PostgreSQL server; skipped, saying why, where PostgreSQL is not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.BinFolder is null)
            Skip = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); `apt-get install -y postgresql` to run this test.";
    }
}
