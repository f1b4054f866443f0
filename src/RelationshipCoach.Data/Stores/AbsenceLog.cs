using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Absences in the app's database; ISO dates compare as text in both providers.</summary>
public sealed class AbsenceLog(CoachDbContext db) : IAbsenceLog
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    // Compiled once: every reminder and nudge asks whether its person is away.
    private static readonly CompiledPerModel<Func<CoachDbContext, long, string, IAsyncEnumerable<AbsenceRow>>> EndingOnOrAfter =
        new(() => EF.CompileAsyncQuery<CoachDbContext, long, string, AbsenceRow>((db, userId, day) =>
            db.Absences.AsNoTracking().Where(a => a.UserId == userId && string.Compare(a.LastDay, day) >= 0)));

    public async Task<IReadOnlyList<DateInterval>> CurrentAsync(long userId, LocalDate from, CancellationToken ct)
    {
        var rows = await EndingOnOrAfter.For(db)(db, userId, Iso.Format(from)).ToListAsync(ct);
        return rows.Select(ToInterval).OrderBy(a => a.Start).ToList();
    }

    public async Task SetAsync(long userId, DateInterval absence, CancellationToken ct)
    {
        var (first, last) = (Iso.Format(absence.Start), Iso.Format(absence.End));
        var overlapping = await db.Absences
            .Where(a => a.UserId == userId && string.Compare(a.FirstDay, last) <= 0 && string.Compare(a.LastDay, first) >= 0)
            .ToListAsync(ct);
        db.Absences.RemoveRange(overlapping);
        db.Absences.Add(new AbsenceRow { UserId = userId, FirstDay = first, LastDay = last });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<bool> EndAsync(long userId, LocalDate today, CancellationToken ct)
    {
        var day = Iso.Format(today);
        var covering = await db.Absences
            .Where(a => a.UserId == userId && string.Compare(a.LastDay, day) >= 0)
            .ToListAsync(ct);
        if (covering.Count == 0) return false;
        foreach (var row in covering)
        {
            if (string.Compare(row.FirstDay, day) >= 0) db.Absences.Remove(row);
            else row.LastDay = Iso.Format(today.PlusDays(-1));
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    private static DateInterval ToInterval(AbsenceRow row) => new(Iso.Parse(row.FirstDay).Value, Iso.Parse(row.LastDay).Value);
}
