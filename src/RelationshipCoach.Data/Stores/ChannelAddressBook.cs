using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Channel addresses in the app's database, one per person.</summary>
public sealed class ChannelAddressBook(CoachDbContext db, IUserDirectory users, IMemoryCache recent, TimeProvider clock) : IChannelAddressBook
{
    /// <summary>
    /// Every message from a person brings their address, and it is nearly always the one already stored: an address
    /// stored in the last minutes is not looked up again. Another instance storing a newer one meanwhile only means
    /// this instance writes it again once its memory of it has expired.
    /// </summary>
    public static readonly TimeSpan RecentFor = TimeSpan.FromMinutes(10);

    public async Task RememberAsync(UserRef user, string address, CancellationToken ct)
    {
        // Keyed by the person's id, so someone who was forgotten and writes again gets their address stored anew.
        var profile = await users.GetOrCreateAsync(user, ct);
        var key = ("channel-address", profile.Id);
        if (recent.TryGetValue(key, out string? stored) && stored == address) return;
        await StoreAsync(profile, address, ct);
        recent.Set(key, address, RecentFor);
    }

    private async Task StoreAsync(UserProfile profile, string address, CancellationToken ct)
    {
        var row = await db.ChannelAddresses.FirstOrDefaultAsync(a => a.UserId == profile.Id, ct);
        if (row is null) db.ChannelAddresses.Add(row = new ChannelAddressRow { UserId = profile.Id, Address = address });
        if (row.Address == address && db.Entry(row).State != EntityState.Added) return;
        row.Address = address;
        row.UpdatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DuplicateKey.Is(e) && db.Entry(row).State == EntityState.Added)
        {
            // The person's first messages arrived together and another one stored their address first: store over it.
            db.Entry(row).State = EntityState.Detached;
            await StoreAsync(profile, address, ct);
        }
    }

    public async Task<string?> LookupAsync(UserRef user, CancellationToken ct) =>
        await db.ChannelAddresses.AsNoTracking()
            .Where(a => a.User!.Channel == user.Channel && a.User.Tenant == user.Tenant && a.User.ChannelUserId == user.UserId)
            .Select(a => a.Address)
            .FirstOrDefaultAsync(ct);
}
