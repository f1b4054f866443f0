using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Data.Stores;

/// <summary>Looks people up by id, email or name within one tenant, and by verified email across channels.</summary>
public sealed class PeopleSearch(CoachDbContext db) : IPeopleSearch
{
    /// <summary>Enough to ask back "which one?"; a longer list means the name was too vague.</summary>
    private const int MaxFound = 20;

    public async Task<IReadOnlyList<UserProfile>> FindInTenantAsync(string channel, string tenant, string name, CancellationToken ct)
    {
        var lower = name.Trim().ToLowerInvariant();
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.Channel == channel && u.Tenant == tenant
                && (u.ChannelUserId == name || (u.Email != null && u.Email.ToLower() == lower) || (u.DisplayName != null && u.DisplayName.ToLower().StartsWith(lower))))
            .OrderBy(u => u.Id).Take(MaxFound).ToListAsync(ct);
        return rows.Select(UserDirectory.ToProfile).ToList();
    }

    public async Task<IReadOnlyList<UserProfile>> WithEmailAsync(string email, CancellationToken ct)
    {
        var lower = email.Trim().ToLowerInvariant();
        var rows = await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email.ToLower() == lower).OrderBy(u => u.Id).ToListAsync(ct);
        return rows.Select(UserDirectory.ToProfile).ToList();
    }
}
