using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Channel addresses in the app's database, one per person.</summary>
public sealed class ChannelAddressBook(CoachDbContext db, IUserDirectory users, TimeProvider clock) : IChannelAddressBook
{
    public async Task RememberAsync(UserRef user, string address, CancellationToken ct)
    {
        var profile = await users.GetOrCreateAsync(user, ct);
        var row = await db.ChannelAddresses.FirstOrDefaultAsync(a => a.UserId == profile.Id, ct);
        if (row is null) db.ChannelAddresses.Add(row = new ChannelAddressRow { UserId = profile.Id, Address = address });
        if (row.Address == address && db.Entry(row).State != EntityState.Added) return;
        row.Address = address;
        row.UpdatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(ct);
    }

    public async Task<string?> LookupAsync(UserRef user, CancellationToken ct) =>
        await db.ChannelAddresses.AsNoTracking()
            .Where(a => a.User!.Channel == user.Channel && a.User.Tenant == user.Tenant && a.User.ChannelUserId == user.UserId)
            .Select(a => a.Address)
            .FirstOrDefaultAsync(ct);
}
