using Microsoft.Data.Sqlite;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>
/// The per-connection setting every SQLite connection of the app gets: in WAL mode, synchronous=NORMAL syncs the
/// log at checkpoints instead of at every commit. A commit still survives the process crashing; only a power loss
/// or OS crash can undo the last commits, and the file stays consistent. With FULL, each commit waits for the disk,
/// and the app's many small writers (EF and Quartz on one file) queue behind those waits.
/// </summary>
public static class WalSqlite
{
    public const string Pragma = "PRAGMA synchronous=NORMAL;";

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
