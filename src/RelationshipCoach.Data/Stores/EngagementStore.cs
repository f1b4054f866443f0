using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.Time;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Engagements, their phases and check-ins, in the app's database; every change is one transaction.</summary>
public sealed class EngagementStore(CoachDbContext db) : IEngagementStore
{
    private static readonly LocalDateTimePattern AnchorPattern = LocalDateTimePattern.ExtendedIso;

    public async Task<Engagement> AddAsync(Engagement engagement, CancellationToken ct)
    {
        var row = new EngagementRow
        {
            Client = "", Name = "", Goals = "", Responsibilities = "", Expectations = "", Status = "",
            ScheduleText = "", ScheduleRule = "", ScheduleAnchor = "",
            OwnerId = engagement.OwnerId, CreatedAt = engagement.CreatedAt.ToColumn(),
        };
        Copy(engagement, row);
        row.Phases = PhaseRows(engagement, 0).ToList();
        db.Engagements.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ToEngagement(row);
    }

    public async Task<Engagement?> GetAsync(long id, CancellationToken ct)
    {
        var row = await db.Engagements.AsNoTracking().Include(e => e.Phases).FirstOrDefaultAsync(e => e.Id == id, ct);
        return row is null ? null : ToEngagement(row);
    }

    public async Task<IReadOnlyList<Engagement>> ListActiveAsync(long ownerId, CancellationToken ct)
    {
        var active = nameof(EngagementStatus.Active);
        var rows = await db.Engagements.AsNoTracking().Include(e => e.Phases)
            .Where(e => e.OwnerId == ownerId && e.Status == active)
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        return rows.Select(ToEngagement).ToList();
    }

    public async Task<CheckIn?> GetCheckInAsync(long id, CancellationToken ct)
    {
        var row = await db.CheckIns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return row is null ? null : ToCheckIn(row);
    }

    public async Task<CheckIn?> GetOpenCheckInAsync(long engagementId, CancellationToken ct)
    {
        string[] open = [nameof(CheckInState.Asked), nameof(CheckInState.Reasked)];
        var row = await db.CheckIns.AsNoTracking()
            .Where(c => c.EngagementId == engagementId && open.Contains(c.State))
            .OrderByDescending(c => c.Id)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : ToCheckIn(row);
    }

    public async Task<IReadOnlyList<CheckIn>?> TrySaveAsync(Engagement changed, IReadOnlyList<CheckIn> checkIns, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await db.Engagements.Include(e => e.Phases).FirstOrDefaultAsync(e => e.Id == changed.Id, ct);
        if (row is null) return null;
        // The version check is in the UPDATE itself, so a concurrent writer that read the same version matches no row.
        var claimed = await db.Engagements
            .Where(e => e.Id == changed.Id && e.Version == changed.Version)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Version, changed.Version + 1), ct);
        if (claimed != 1) return null;

        Copy(changed, row);
        row.Version = changed.Version + 1;
        db.Phases.RemoveRange(row.Phases);
        await db.SaveChangesAsync(ct);
        row.Phases = PhaseRows(changed, row.Id).ToList();

        var stored = new List<CheckInRow>();
        foreach (var checkIn in checkIns)
        {
            var checkInRow = checkIn.Id == 0 ? null : await db.CheckIns.FirstOrDefaultAsync(c => c.Id == checkIn.Id && c.EngagementId == changed.Id, ct);
            if (checkInRow is null)
            {
                checkInRow = new CheckInRow { Kind = "", State = "" };
                db.CheckIns.Add(checkInRow);
            }
            Copy(checkIn, checkInRow);
            stored.Add(checkInRow);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return stored.Select(ToCheckIn).ToList();
    }

    private static IEnumerable<PhaseRow> PhaseRows(Engagement engagement, long engagementId) =>
        engagement.Phases.Select((p, i) => new PhaseRow
        {
            EngagementId = engagementId,
            Position = i,
            Name = p.Name,
            Start = LocalDatePattern.Iso.Format(p.Start),
            End = LocalDatePattern.Iso.Format(p.End),
            Goal = p.Goal,
            Status = p.Status.ToString(),
            Health = p.Health?.ToString(),
        });

    private static void Copy(Engagement engagement, EngagementRow row)
    {
        row.Client = engagement.Client;
        row.Name = engagement.Name;
        row.Level = engagement.Level;
        row.Goals = TextLines.Join(engagement.Goals);
        row.Responsibilities = TextLines.Join(engagement.Responsibilities.Select(r => r.ToString()));
        row.Expectations = TextLines.Join(engagement.Expectations);
        row.Status = engagement.Status.ToString();
        row.ScheduleText = engagement.Schedule.Text;
        row.ScheduleRule = engagement.Schedule.Recurrence.RRule;
        row.ScheduleAnchor = AnchorPattern.Format(engagement.Schedule.Recurrence.Anchor);
        row.NextCheckInAt = engagement.NextCheckInAt.ToColumn();
        row.Retrospective = engagement.Retrospective;
    }

    private static void Copy(CheckIn checkIn, CheckInRow row)
    {
        row.EngagementId = checkIn.EngagementId;
        row.PhaseIndex = checkIn.PhaseIndex;
        row.Kind = checkIn.Kind.ToString();
        row.DueAt = checkIn.DueAt.ToColumn();
        row.State = checkIn.State.ToString();
        row.NextAskAt = checkIn.NextAskAt.ToColumn();
        row.AnsweredAt = checkIn.AnsweredAt.ToColumn();
        row.Health = checkIn.Health?.ToString();
        row.ClientUpdated = checkIn.ClientUpdated;
        row.Note = checkIn.Note;
        row.NextStep = checkIn.NextStep;
    }

    private static Engagement ToEngagement(EngagementRow row) =>
        new(row.Id, row.OwnerId, row.Client, row.Name, row.CreatedAt.ToInstant())
        {
            Level = row.Level,
            Goals = TextLines.Split(row.Goals),
            Responsibilities = Responsibility.ParseLines(row.Responsibilities),
            Expectations = TextLines.Split(row.Expectations),
            Phases = row.Phases.OrderBy(p => p.Position).Select(ToPhase).ToList(),
            Status = Enum.Parse<EngagementStatus>(row.Status),
            Schedule = new CheckInSchedule(row.ScheduleText, new Recurrence(row.ScheduleRule, AnchorPattern.Parse(row.ScheduleAnchor).Value)),
            NextCheckInAt = row.NextCheckInAt.ToInstant(),
            Version = row.Version,
            Retrospective = row.Retrospective,
        };

    private static Phase ToPhase(PhaseRow row) =>
        new(row.Name, LocalDatePattern.Iso.Parse(row.Start).Value, LocalDatePattern.Iso.Parse(row.End).Value)
        {
            Goal = row.Goal,
            Status = Enum.Parse<PhaseStatus>(row.Status),
            Health = row.Health is null ? null : Enum.Parse<PhaseHealth>(row.Health),
        };

    private static CheckIn ToCheckIn(CheckInRow row) =>
        new(row.Id, row.EngagementId, row.PhaseIndex, Enum.Parse<CheckInKind>(row.Kind), row.DueAt.ToInstant())
        {
            State = Enum.Parse<CheckInState>(row.State),
            NextAskAt = row.NextAskAt.ToInstant(),
            AnsweredAt = row.AnsweredAt.ToInstant(),
            Health = row.Health is null ? null : Enum.Parse<PhaseHealth>(row.Health),
            ClientUpdated = row.ClientUpdated,
            Note = row.Note,
            NextStep = row.NextStep,
        };
}
