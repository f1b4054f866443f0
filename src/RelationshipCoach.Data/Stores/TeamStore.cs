using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Which reps are in which lead's team, in the app's database.</summary>
public sealed class TeamStore(CoachDbContext db) : ITeamStore
{
    public async Task<bool> AddAsync(long leadId, long repId, Instant at, CancellationToken ct)
    {
        if (await db.TeamMembers.AnyAsync(m => m.LeadId == leadId && m.RepId == repId && m.LeftAt == null, ct)) return false;
        db.TeamMembers.Add(new TeamMemberRow { LeadId = leadId, RepId = repId, JoinedAt = at.ToColumn() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    public async Task<bool> RemoveAsync(long leadId, long repId, Instant at, CancellationToken ct)
    {
        var left = at.ToColumn();
        var changed = await db.TeamMembers.Where(m => m.LeadId == leadId && m.RepId == repId && m.LeftAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.LeftAt, left), ct);
        return changed > 0;
    }

    public async Task<IReadOnlyList<TeamMembership>> MembersAsync(long leadId, Instant leftSince, CancellationToken ct)
    {
        var since = leftSince.ToColumn();
        var rows = await db.TeamMembers.AsNoTracking()
            .Where(m => m.LeadId == leadId && (m.LeftAt == null || m.LeftAt >= since))
            .OrderBy(m => m.Id).ToListAsync(ct);
        return rows.Select(ToMembership).ToList();
    }

    public async Task<IReadOnlyList<TeamMembership>> LeadsOfAsync(IReadOnlyCollection<long> repIds, CancellationToken ct)
    {
        var ids = repIds.ToList();
        var rows = await db.TeamMembers.AsNoTracking().Where(m => ids.Contains(m.RepId) && m.LeftAt == null).OrderBy(m => m.Id).ToListAsync(ct);
        return rows.Select(ToMembership).ToList();
    }

    public async Task<IReadOnlyList<long>> LeadsWithMembersAsync(CancellationToken ct) =>
        await db.TeamMembers.AsNoTracking().Where(m => m.LeftAt == null).Select(m => m.LeadId).Distinct().OrderBy(id => id).ToListAsync(ct);

    private static TeamMembership ToMembership(TeamMemberRow row) => new(row.LeadId, row.RepId, row.JoinedAt.ToInstant(), row.LeftAt.ToInstant());
}
