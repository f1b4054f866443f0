using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Data.Sqlite;

namespace RelationshipCoach.Data.Stores;

/// <summary>Transactions on the scope's DbContext, so every store of the same scope takes part in them.</summary>
public sealed class DbTransactions(CoachDbContext db) : ITransactions
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public async Task<ITransaction> BeginAsync(CancellationToken ct)
    {
        // On SQLite a transaction takes its turn among the process's writers (SqliteWriters): a burst of reminders
        // falling due together is sent in turn, without sleeping in SQLite's busy handler.
        var writer = db.Database.IsSqlite() ? SqliteWriters.For(db.Database.GetConnectionString() ?? "") : null;
        if (writer is not null) await writer.WaitAsync(ct);
        try
        {
            return new Transaction(this, await db.Database.BeginTransactionAsync(ct), writer);
        }
        catch
        {
            writer?.Release();
            throw;
        }
    }

    public bool InTransaction => db.Database.CurrentTransaction is not null;

    public Task AfterCommitAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) return work(ct);
        _afterCommit.Add(work);
        return Task.CompletedTask;
    }

    private async Task CommittedAsync(CancellationToken ct)
    {
        var waiting = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var work in waiting) await work(ct);
    }

    private sealed class Transaction(DbTransactions owner, IDbContextTransaction inner, WriterTurns? writer) : ITransaction
    {
        private int _ended;

        public async Task CommitAsync(CancellationToken ct)
        {
            await inner.CommitAsync(ct);
            End();
            await owner.CommittedAsync(ct);
        }

        public async Task RollbackAsync(CancellationToken ct)
        {
            owner._afterCommit.Clear();
            await inner.RollbackAsync(ct);
            End();
        }

        public async ValueTask DisposeAsync()
        {
            owner._afterCommit.Clear();
            await inner.DisposeAsync();
            End();
        }

        private void End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) writer?.Release();
        }
    }
}
