using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Privacy;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Export and erasure of one person's rows across the app's tables; secrets and other people's data never leave.</summary>
public sealed class PersonalData(CoachDbContext db, PeopleSeen seen, TimeProvider clock) : IPersonalData
{
    /// <summary>The channel user id under which a tenant's anonymous guidance feedback is kept.</summary>
    public const string AnonymousUserId = "anonymous";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<string> ExportAsync(long userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        var engagements = await db.Engagements.AsNoTracking().Include(e => e.Phases).Where(e => e.OwnerId == userId).ToListAsync(ct);
        var engagementIds = engagements.Select(e => e.Id).ToList();
        var document = new
        {
            exportedAt = Instant.FromDateTimeOffset(clock.GetUtcNow()).ToString(),
            profile = new { user.Channel, user.Tenant, user.ChannelUserId, user.DisplayName, user.Email, user.Role, user.Language, user.TimeZoneId, user.WorkingHours, user.Intensity },
            calls = await db.Calls.AsNoTracking().Where(c => c.RepId == userId).OrderBy(c => c.HeldAt)
                .Select(c => new { c.Id, c.Client, c.Topic, c.Notes, heldAt = Time(c.HeldAt), c.Status, confirmedAt = Time(c.ConfirmedAt), c.RemindersSent, c.NotNeededReason })
                .ToListAsync(ct),
            engagements = engagements.Select(e => new
            {
                e.Id, e.Client, e.Name, e.Level, e.Goals, e.Responsibilities, e.Expectations, e.Status, schedule = e.ScheduleText,
                phases = e.Phases.OrderBy(p => p.Position).Select(p => new { p.Name, p.Start, p.End, p.Goal, p.Status, p.Health }),
            }),
            checkIns = await db.CheckIns.AsNoTracking().Where(c => engagementIds.Contains(c.EngagementId))
                .Select(c => new { c.EngagementId, c.PhaseIndex, c.Kind, dueAt = Time(c.DueAt), c.State, c.Health, c.ClientUpdated, c.Note, c.NextStep })
                .ToListAsync(ct),
            absences = await db.Absences.AsNoTracking().Where(a => a.UserId == userId).Select(a => new { a.FirstDay, a.LastDay }).ToListAsync(ct),
            teams = await db.TeamMembers.AsNoTracking().Where(m => m.RepId == userId || m.LeadId == userId)
                .Select(m => new { leadId = m.LeadId, repId = m.RepId, joinedAt = Time(m.JoinedAt), leftAt = Time(m.LeftAt) })
                .ToListAsync(ct),
            guidance = await db.GuidanceEvents.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.At)
                .Select(g => new { g.IdeaId, g.Kind, at = Time(g.At) })
                .ToListAsync(ct),
        };
        return JsonSerializer.Serialize(document, Json);
    }

    public async Task ForgetAsync(long userId, long? engagementsTo, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        if (engagementsTo is { } heir)
            await db.Engagements.Where(e => e.OwnerId == userId).ExecuteUpdateAsync(u => u.SetProperty(e => e.OwnerId, heir), ct);
        var anonymous = await AnonymousAsync(user, ct);
        await db.GuidanceEvents.Where(g => g.UserId == userId).ExecuteUpdateAsync(u => u.SetProperty(g => g.UserId, anonymous), ct);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        seen.Forget(userId);
    }

    public Task<int> ClearCallNotesAsync(Instant heldBefore, CancellationToken ct)
    {
        var cutoff = heldBefore.ToColumn();
        return db.Calls.Where(c => c.HeldAt < cutoff && (c.Topic != "" || c.Notes != null))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Topic, "").SetProperty(c => c.Notes, (string?)null), ct);
    }

    /// <summary>The tenant's anonymous person, who keeps forgotten people's guidance feedback as plain counts.</summary>
    private async Task<long> AnonymousAsync(UserRow user, CancellationToken ct)
    {
        var existing = await db.Users.Where(u => u.Channel == user.Channel && u.Tenant == user.Tenant && u.ChannelUserId == AnonymousUserId)
            .Select(u => (long?)u.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return id;
        var row = new UserRow { Channel = user.Channel, Tenant = user.Tenant, ChannelUserId = AnonymousUserId, Role = "Rep", CreatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        db.Users.Add(row);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    private static string? Time(long? column) => column is { } c ? Instant.FromUnixTimeMilliseconds(c).ToString() : null;
}
