using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>
/// The per-connection settings every SQLite connection of the app gets. In WAL mode, synchronous=NORMAL syncs the
/// log at checkpoints instead of at every commit: a commit still survives the process crashing, only a power loss
/// or OS crash can undo the last commits, and the file stays consistent. With FULL, each commit waits for the disk,
/// and the app's many small writers (EF and Quartz on one file) queue behind those waits. busy_timeout lets SQLite
/// wait for a busy write lock itself, in steps of milliseconds; without it Microsoft.Data.Sqlite retries a busy
/// statement after sleeping the thread for 150 ms, which under load stalls requests and starves the thread pool.
/// </summary>
public static class WalSqlite
{
    /// <summary>
    /// The native connections already set: Microsoft.Data.Sqlite pools them and the settings stay with them, so a
    /// reopened connection (Quartz opens one for every store call, EF one per scope) needs no second round of PRAGMAs.
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Applied = new();

    public static void Apply(SqliteConnection connection)
    {
        if (connection.Handle is not { } handle || Applied.TryGetValue(handle, out _)) return;
        using var command = connection.CreateCommand();
        var busyMs = Math.Max(1, connection.DefaultTimeout) * 1000L;
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={busyMs};";
        command.ExecuteNonQuery();
        Applied.AddOrUpdate(handle, handle);
    }
}
