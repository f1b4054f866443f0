using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Time;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Each lead's digest preferences and next due time, in the app's database.</summary>
public sealed class DigestSettingsStore(CoachDbContext db) : IDigestSettingsStore
{
    private static readonly LocalDateTimePattern AnchorPattern = LocalDateTimePattern.GeneralIso;

    public async Task<DigestSettings> GetAsync(long leadId, CancellationToken ct)
    {
        var row = await db.DigestSettings.AsNoTracking().FirstOrDefaultAsync(d => d.LeadId == leadId, ct);
        if (row is null) return new DigestSettings(leadId);
        var anchor = row.Anchor is { } a && AnchorPattern.Parse(a) is { Success: true } parsed ? parsed.Value : DigestSchedule.MondayMorning.Anchor;
        return new DigestSettings(leadId)
        {
            Enabled = row.Enabled,
            Schedule = row.RRule is { } rule ? new Recurrence(rule, anchor) : null,
            NextAt = row.NextAt.ToInstant(),
        };
    }

    public async Task SaveAsync(DigestSettings settings, CancellationToken ct)
    {
        var row = await db.DigestSettings.FirstOrDefaultAsync(d => d.LeadId == settings.LeadId, ct);
        if (row is null) db.DigestSettings.Add(row = new DigestSettingRow { LeadId = settings.LeadId });
        row.Enabled = settings.Enabled;
        row.RRule = settings.Schedule?.RRule;
        row.Anchor = settings.Schedule is { } s ? AnchorPattern.Format(s.Anchor) : null;
        row.NextAt = settings.NextAt.ToColumn();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<bool> TryAdvanceAsync(long leadId, Instant expected, Instant? next, CancellationToken ct)
    {
        var from = expected.ToColumn();
        var to = next.ToColumn();
        var changed = await db.DigestSettings.Where(d => d.LeadId == leadId && d.NextAt == from)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.NextAt, to), ct);
        return changed == 1;
    }
}
