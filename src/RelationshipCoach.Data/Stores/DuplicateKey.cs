using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RelationshipCoach.Data.Stores;

/// <summary>Tells a unique-key violation apart from every other failed write, on both providers.</summary>
internal static class DuplicateKey
{
    private const int SqliteConstraint = 19;

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == SqliteConstraint,
        _ => false,
    };
}
