using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Core.Tests.Availability;

/// <summary>Transactions a test opens and ends by hand; work waiting for the commit runs then, and a rollback drops it, as with the database's.</summary>
public sealed class ManualTransactions : ITransactions
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public bool InTransaction { get; private set; }

    public Task<ITransaction> BeginAsync(CancellationToken ct)
    {
        InTransaction = true;
        return Task.FromResult<ITransaction>(new Transaction(this));
    }

    public Task AfterCommitAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (!InTransaction) return work(ct);
        _afterCommit.Add(work);
        return Task.CompletedTask;
    }

    private void End()
    {
        InTransaction = false;
        _afterCommit.Clear();
    }

    private sealed class Transaction(ManualTransactions owner) : ITransaction
    {
        public async Task CommitAsync(CancellationToken ct)
        {
            var waiting = owner._afterCommit.ToList();
            owner.End();
            foreach (var work in waiting) await work(ct);
        }

        public Task RollbackAsync(CancellationToken ct)
        {
            owner.End();
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            owner.End();
            return ValueTask.CompletedTask;
        }
    }
}
