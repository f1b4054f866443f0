using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>The people the coach talks to, in the app's database.</summary>
public sealed class UserDirectory(CoachDbContext db, TimeProvider clock) : IUserDirectory
{
    public async Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken ct)
    {
        var row = await Find(user, ct);
        if (row is not null) return ToProfile(row);
        row = new UserRow
        {
            Channel = user.Channel, Tenant = user.Tenant, ChannelUserId = user.UserId, Role = nameof(Role.Rep),
            CreatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Users.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request created the same person first: theirs is the one to use.
            db.Entry(row).State = EntityState.Detached;
            row = await Find(user, ct) ?? throw new InvalidOperationException($"User {user} vanished while being created.");
        }
        return ToProfile(row);
    }

    public async Task<UserProfile?> FindAsync(long id, CancellationToken ct)
    {
        var row = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return row is null ? null : ToProfile(row);
    }

    public async Task SaveAsync(UserProfile profile, CancellationToken ct)
    {
        var row = await db.Users.FirstAsync(u => u.Id == profile.Id, ct);
        row.DisplayName = profile.DisplayName;
        row.Email = profile.Email;
        row.Role = profile.Role.ToString();
        row.Language = profile.Language?.Code();
        row.ChannelLocale = profile.ChannelLocale;
        row.TimeZoneId = profile.TimeZoneId;
        row.WorkingHours = profile.WorkingHours?.ToString();
        row.Intensity = profile.Intensity == NudgeIntensity.Standard ? null : profile.Intensity.ToString();
        await db.SaveChangesAsync(ct);
    }

    private Task<UserRow?> Find(UserRef user, CancellationToken ct) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(
            u => u.Channel == user.Channel && u.Tenant == user.Tenant && u.ChannelUserId == user.UserId, ct);

    internal static UserProfile ToProfile(UserRow row) => new(row.Id, new UserRef(row.Channel, row.Tenant, row.ChannelUserId))
    {
        DisplayName = row.DisplayName,
        Email = row.Email,
        Role = Enum.Parse<Role>(row.Role),
        Language = LanguageCodes.TryParse(row.Language, out var l) ? l : null,
        ChannelLocale = row.ChannelLocale,
        TimeZoneId = row.TimeZoneId,
        WorkingHours = WorkingHours.TryParse(row.WorkingHours, out var h) ? h : null,
        Intensity = Enum.TryParse<NudgeIntensity>(row.Intensity, out var i) ? i : NudgeIntensity.Standard,
    };
}
