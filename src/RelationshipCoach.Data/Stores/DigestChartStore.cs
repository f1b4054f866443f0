using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Rendered trend charts by token, in the app's database so that every instance can serve every chart.</summary>
public sealed class DigestChartStore(CoachDbContext db)
{
    public async Task SaveAsync(string token, byte[] png, Instant expiresAt, CancellationToken ct)
    {
        db.DigestCharts.Add(new DigestChartRow { Token = token, Png = png, ExpiresAt = expiresAt.ToColumn() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The chart's PNG, or null when the token is unknown or expired.</summary>
    public async Task<byte[]?> FindAsync(string token, Instant now, CancellationToken ct)
    {
        var at = now.ToColumn();
        return await db.DigestCharts.AsNoTracking().Where(c => c.Token == token && c.ExpiresAt > at).Select(c => c.Png).FirstOrDefaultAsync(ct);
    }

    /// <summary>Forgets expired charts; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(Instant now, CancellationToken ct)
    {
        var at = now.ToColumn();
        return db.DigestCharts.Where(c => c.ExpiresAt <= at).ExecuteDeleteAsync(ct);
    }
}
