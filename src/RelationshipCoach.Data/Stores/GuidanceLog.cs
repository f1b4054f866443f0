using NodaTime;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Guidance shown and feedback given, by idea id only, in the app's database.</summary>
public sealed class GuidanceLog(CoachDbContext db) : IGuidanceLog
{
    public const string Shown = "shown";
    public const string Helped = "helped";
    public const string Unhelpful = "unhelpful";

    public async Task RecordShownAsync(long userId, IReadOnlyList<string> ideaIds, Instant at, CancellationToken ct)
    {
        db.GuidanceEvents.AddRange(ideaIds.Select(id => new GuidanceEventRow { UserId = userId, IdeaId = id, Kind = Shown, At = at.ToColumn() }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task RecordFeedbackAsync(long userId, string ideaId, bool helped, Instant at, CancellationToken ct)
    {
        db.GuidanceEvents.Add(new GuidanceEventRow { UserId = userId, IdeaId = ideaId, Kind = helped ? Helped : Unhelpful, At = at.ToColumn() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
