using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Inbound delivery keys in the database: its primary key decides, across instances, which delivery came first.</summary>
public sealed class InboundLedger(CoachDbContext db, TimeProvider clock) : IInboundLedger
{
    public async Task<bool> FirstTimeAsync(string key, CancellationToken ct)
    {
        var row = new ProcessedRequestRow { Key = key, At = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        db.ProcessedRequests.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DuplicateKey.Is(e))
        {
            // Any other failure (the database is away) must surface: answering "seen before" would drop the delivery.
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
