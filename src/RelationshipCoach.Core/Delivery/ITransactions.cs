namespace RelationshipCoach.Core.Delivery;

/// <summary>Makes a state change and the delivery it records one all-or-nothing step, as far as the store reaches.</summary>
public interface ITransactions
{
    Task<ITransaction> BeginAsync(CancellationToken ct);
}

/// <summary>An open transaction; disposing it without committing rolls it back.</summary>
public interface ITransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken ct);

    Task RollbackAsync(CancellationToken ct);
}
