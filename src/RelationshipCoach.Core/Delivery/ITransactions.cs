namespace RelationshipCoach.Core.Delivery;

/// <summary>Makes a state change and the delivery it records one all-or-nothing step, as far as the store reaches.</summary>
public interface ITransactions
{
    Task<ITransaction> BeginAsync(CancellationToken ct);

    /// <summary>Whether a transaction of this scope is open.</summary>
    bool InTransaction { get; }

    /// <summary>
    /// Runs <paramref name="work"/> now when no transaction of this scope is open, else once it has committed; a
    /// rollback drops it. For work on another connection (the scheduler's), which would otherwise wait for this
    /// transaction's lock while the transaction waits for it.
    /// </summary>
    Task AfterCommitAsync(Func<CancellationToken, Task> work, CancellationToken ct);
}

/// <summary>An open transaction; disposing it without committing rolls it back.</summary>
public interface ITransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken ct);

    Task RollbackAsync(CancellationToken ct);
}
