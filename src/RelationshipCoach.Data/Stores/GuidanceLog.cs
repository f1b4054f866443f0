using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Guidance shown and feedback given, by idea id only, in the app's database.</summary>
public sealed class GuidanceLog(CoachDbContext db) : IGuidanceLog
{
    public const string Shown = "shown";
    public const string Helped = "helped";
    public const string Unhelpful = "unhelpful";

    public Task RecordShownAsync(long userId, IReadOnlyList<string> ideaIds, Instant at, CancellationToken ct) =>
        RecordShownAsync([new ShownGuidance(userId, ideaIds, at)], ct);

    /// <summary>Many replies' ideas in one write.</summary>
    public async Task RecordShownAsync(IReadOnlyList<ShownGuidance> shown, CancellationToken ct)
    {
        db.GuidanceEvents.AddRange(shown.SelectMany(s => s.IdeaIds.Select(id => new GuidanceEventRow { UserId = s.UserId, IdeaId = id, Kind = Shown, At = s.At.ToColumn() })));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task RecordFeedbackAsync(long userId, string ideaId, bool helped, Instant at, CancellationToken ct)
    {
        db.GuidanceEvents.Add(new GuidanceEventRow { UserId = userId, IdeaId = ideaId, Kind = helped ? Helped : Unhelpful, At = at.ToColumn() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<GuidanceEvent>> ListSinceAsync(IReadOnlyCollection<long> userIds, Instant since, CancellationToken ct)
    {
        var ids = userIds.ToList();
        var from = since.ToColumn();
        var rows = await db.GuidanceEvents.AsNoTracking().Where(g => ids.Contains(g.UserId) && g.At >= from).OrderBy(g => g.At).ToListAsync(ct);
        return rows.Select(r => new GuidanceEvent(r.UserId, r.IdeaId, Kind(r.Kind), r.At.ToInstant())).ToList();
    }

    private static GuidanceEventKind Kind(string kind) => kind switch
    {
        Helped => GuidanceEventKind.Helped,
        Unhelpful => GuidanceEventKind.Unhelpful,
        _ => GuidanceEventKind.Shown,
    };
}
