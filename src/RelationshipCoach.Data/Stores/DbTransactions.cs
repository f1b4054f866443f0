using Microsoft.EntityFrameworkCore.Storage;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Data.Stores;

/// <summary>Transactions on the scope's DbContext, so every store of the same scope takes part in them.</summary>
public sealed class DbTransactions(CoachDbContext db) : ITransactions
{
    public async Task<ITransaction> BeginAsync(CancellationToken ct) => new Transaction(await db.Database.BeginTransactionAsync(ct));

    private sealed class Transaction(IDbContextTransaction inner) : ITransaction
    {
        public Task CommitAsync(CancellationToken ct) => inner.CommitAsync(ct);

        public Task RollbackAsync(CancellationToken ct) => inner.RollbackAsync(ct);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
