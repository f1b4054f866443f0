using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>
/// Makes every SaveChanges outside a transaction take its turn in <see cref="SqliteWriters"/> (inside one, the
/// transaction already holds the turn). Under load, SaveChanges calls otherwise sleep in SQLite's busy handler on
/// thread-pool threads, and requests that never write wait for a thread.
/// </summary>
public sealed class SqliteSaveQueue : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<DbContext, WriterTurns> _turns = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Queue(eventData.Context) is { } queue && queue.Wait(SqliteWriters.MostWait)) _turns[eventData.Context!] = queue;
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Queue(eventData.Context) is { } queue && await queue.WaitAsync(SqliteWriters.MostWait, cancellationToken)) _turns[eventData.Context!] = queue;
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndTurn(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndTurn(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndTurn(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => EndTurn(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn(eventData.Context);
        return Task.CompletedTask;
    }

    private static WriterTurns? Queue(DbContext? db) =>
        db is not null && db.Database.CurrentTransaction is null ? SqliteWriters.For(db.Database.GetConnectionString() ?? "") : null;

    private void EndTurn(DbContext? db)
    {
        if (db is not null && _turns.TryRemove(db, out var queue)) queue.Release();
    }
}
