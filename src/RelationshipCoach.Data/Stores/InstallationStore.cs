using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Channel installations in the app's database; values arrive and leave encrypted.</summary>
public sealed class InstallationStore(CoachDbContext db, TimeProvider clock) : IInstallationStore
{
    public async Task SaveAsync(string channel, string tenant, string protectedValue, CancellationToken ct)
    {
        var row = await db.Installations.FirstOrDefaultAsync(i => i.Channel == channel && i.Tenant == tenant, ct);
        if (row is null) db.Installations.Add(row = new InstallationRow { Channel = channel, Tenant = tenant, ProtectedValue = protectedValue });
        row.ProtectedValue = protectedValue;
        row.UpdatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(ct);
    }

    public async Task<string?> FindAsync(string channel, string tenant, CancellationToken ct) =>
        await db.Installations.AsNoTracking()
            .Where(i => i.Channel == channel && i.Tenant == tenant)
            .Select(i => i.ProtectedValue)
            .FirstOrDefaultAsync(ct);

    public async Task<bool> DeleteAsync(string channel, string tenant, CancellationToken ct) =>
        await db.Installations.Where(i => i.Channel == channel && i.Tenant == tenant).ExecuteDeleteAsync(ct) > 0;
}
