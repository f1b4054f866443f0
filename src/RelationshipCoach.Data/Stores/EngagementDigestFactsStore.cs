using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Data.Stores;

/// <summary>The engagements' side of the digest, read from the app's database: resolved check-ins and the phases still running.</summary>
public sealed class EngagementDigestFactsStore(CoachDbContext db) : IEngagementDigestFacts
{
    public async Task<IReadOnlyList<EngagementDigestFacts>> ForRepsAsync(IReadOnlyCollection<long> repIds, DigestPeriod period, Instant since, CancellationToken ct)
    {
        var (from, to) = (since.ToColumn(), period.End.ToColumn());
        string[] resolved = [nameof(CheckInState.Answered), nameof(CheckInState.Missed)];
        var engagements = await db.Engagements.AsNoTracking()
            .Where(e => repIds.Contains(e.OwnerId))
            .Include(e => e.Phases)
            .ToListAsync(ct);
        var ids = engagements.Select(e => e.Id).ToList();
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => ids.Contains(c.EngagementId) && c.DueAt >= from && c.DueAt < to && resolved.Contains(c.State))
            .ToListAsync(ct);

        return repIds.Select(repId =>
        {
            var own = engagements.Where(e => e.OwnerId == repId).ToList();
            var facts = checkIns.Where(c => own.Any(e => e.Id == c.EngagementId)).Select(c =>
            {
                var engagement = own.First(e => e.Id == c.EngagementId);
                var phase = engagement.Phases.FirstOrDefault(p => p.Position == c.PhaseIndex)?.Name ?? "";
                return new CheckInFact(engagement.Client, phase, c.DueAt.ToInstant(), c.State == nameof(CheckInState.Answered));
            }).ToList();
            var phases = own.Where(e => e.Status == nameof(EngagementStatus.Active))
                .SelectMany(e => e.Phases.Where(p => p.Status != nameof(PhaseStatus.Done)).Select(p => new PhaseFact(
                    e.Client, p.Name, LocalDatePattern.Iso.Parse(p.End).Value,
                    p.Health is nameof(PhaseHealth.AtRisk) or nameof(PhaseHealth.OffTrack))))
                .ToList();
            return new EngagementDigestFacts(repId, facts, phases);
        }).ToList();
    }
}
