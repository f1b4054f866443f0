using NodaTime;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Guidance;

/// <summary>The guidance log as turns see it: what a reply showed goes to <see cref="ShownGuidanceWriter"/>, the rest to the database at once.</summary>
public sealed class QueuedGuidanceLog(GuidanceLog store, ShownGuidanceWriter shown) : IGuidanceLog
{
    public Task RecordShownAsync(long userId, IReadOnlyList<string> ideaIds, Instant at, CancellationToken ct) =>
        shown.TryAdd(new ShownGuidance(userId, ideaIds, at)) ? Task.CompletedTask : store.RecordShownAsync(userId, ideaIds, at, ct);

    public Task RecordFeedbackAsync(long userId, string ideaId, bool helped, Instant at, CancellationToken ct) =>
        store.RecordFeedbackAsync(userId, ideaId, helped, at, ct);

    public Task<IReadOnlyList<GuidanceEvent>> ListSinceAsync(IReadOnlyCollection<long> userIds, Instant since, CancellationToken ct) =>
        store.ListSinceAsync(userIds, since, ct);
}
