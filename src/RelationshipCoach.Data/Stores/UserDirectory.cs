using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>The people the coach talks to, in the app's database.</summary>
public sealed class UserDirectory(CoachDbContext db, PeopleSeen seen, TimeProvider clock) : IUserDirectory
{
    // Compiled once: nearly every turn looks its person up, and a LINQ query is otherwise taken apart and matched
    // against EF's query cache on every call (7 % of the host's CPU under load).
    private static readonly CompiledPerModel<Func<CoachDbContext, string, string, string, CancellationToken, Task<UserRow?>>> ByChannelIdentity =
        new(() => EF.CompileAsyncQuery((CoachDbContext db, string channel, string tenant, string userId, CancellationToken ct) =>
            db.Users.AsNoTracking().FirstOrDefault(u => u.Channel == channel && u.Tenant == tenant && u.ChannelUserId == userId)));

    private static readonly CompiledPerModel<Func<CoachDbContext, long, CancellationToken, Task<UserRow?>>> ById =
        new(() => EF.CompileAsyncQuery((CoachDbContext db, long id, CancellationToken ct) => db.Users.AsNoTracking().FirstOrDefault(u => u.Id == id)));

    public async Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken ct)
    {
        if (seen.Find(user) is { } known) return known;
        var row = await Find(user, ct);
        if (row is not null) return seen.Remember(ToProfile(row));
        row = new UserRow
        {
            Channel = user.Channel, Tenant = user.Tenant, ChannelUserId = user.UserId, Role = nameof(Role.Rep),
            CreatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Users.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            db.Entry(row).State = EntityState.Detached;
        }
        catch (DbUpdateException e) when (DuplicateKey.Is(e))
        {
            // Another request created the same person first: theirs is the one to use.
            db.Entry(row).State = EntityState.Detached;
            row = await Find(user, ct) ?? throw new InvalidOperationException($"User {user} vanished while being created.");
        }
        return seen.Remember(ToProfile(row));
    }

    public async Task<UserProfile?> FindAsync(long id, CancellationToken ct)
    {
        if (seen.Find(id) is { } known) return known;
        var row = await ById.For(db)(db, id, ct);
        return row is null ? null : seen.Remember(ToProfile(row));
    }

    /// <summary>One UPDATE of the person's own columns; the channel identity and creation time never change.</summary>
    public async Task SaveAsync(UserProfile profile, CancellationToken ct)
    {
        var role = profile.Role.ToString();
        var language = profile.Language?.Code();
        var workingHours = profile.WorkingHours?.ToString();
        var intensity = profile.Intensity == NudgeIntensity.Standard ? null : profile.Intensity.ToString();
        var updated = await db.Users.Where(u => u.Id == profile.Id).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.DisplayName, profile.DisplayName)
            .SetProperty(r => r.Email, profile.Email)
            .SetProperty(r => r.Role, role)
            .SetProperty(r => r.Language, language)
            .SetProperty(r => r.ChannelLocale, profile.ChannelLocale)
            .SetProperty(r => r.TimeZoneId, profile.TimeZoneId)
            .SetProperty(r => r.WorkingHours, workingHours)
            .SetProperty(r => r.Intensity, intensity), ct);
        if (updated == 0) throw new InvalidOperationException($"User {profile.Id} does not exist.");
        seen.Remember(profile);
    }

    private Task<UserRow?> Find(UserRef user, CancellationToken ct) => ByChannelIdentity.For(db)(db, user.Channel, user.Tenant, user.UserId, ct);

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
