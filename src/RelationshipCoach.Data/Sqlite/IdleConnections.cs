using Microsoft.Data.Sqlite;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>Closes the SQLite connections the pools keep idle, such as those a burst's workers opened.</summary>
/// <remarks>
/// Each open SQLite connection keeps its own copy of the schema and its own page cache in native memory (0.2–0.5 MB
/// here), and the pool closes idle ones only minutes later. Connections in use are closed when they are returned; the
/// next open starts a new one.
/// </remarks>
public static class IdleConnections
{
    public static void Close() => SqliteConnection.ClearAllPools();
}
