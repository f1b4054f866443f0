using System.Collections.Concurrent;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the lock taken sleeps in steps of up to 100 ms, a
/// thread held all the while, before it looks again. This process's writers to one file queue here instead: each
/// starts the moment the one before it ends, and a writer waiting costs no thread.
/// </summary>
public static class SqliteWriters
{
    /// <summary>
    /// As long as SQLite's own busy timeout: past it, a writer goes ahead and lets SQLite decide, so that a writer
    /// waiting for a lock its own caller holds fails as it did before instead of waiting forever.
    /// </summary>
    public static readonly TimeSpan MostWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, WriterTurns> Queues = new();

    /// <summary>The queue of writers to the database of this connection string.</summary>
    public static WriterTurns For(string connectionString) => Queues.GetOrAdd(connectionString, _ => new WriterTurns());
}
