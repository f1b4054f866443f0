using NodaTime;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Digests;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// Which ideas reps were given and whether they helped, for the lead's digest. Only the idea ids are kept,
/// never the situation a rep described: those words are theirs.
/// </summary>
public interface IGuidanceLog
{
    Task RecordShownAsync(long userId, IReadOnlyList<string> ideaIds, Instant at, CancellationToken ct);

    Task RecordFeedbackAsync(long userId, string ideaId, bool helped, Instant at, CancellationToken ct);

    /// <summary>The events of these people since the given moment, for their leads' digests.</summary>
    Task<IReadOnlyList<GuidanceEvent>> ListSinceAsync(IReadOnlyCollection<long> userIds, Instant since, CancellationToken ct);
}

/// <summary>Records the ideas a set of guidance replies showed, read off their "more on this idea" buttons.</summary>
public static class GuidanceLogExtensions
{
    public static Task RecordShownAsync(this IGuidanceLog log, long userId, IEnumerable<Reply> replies, Instant at, CancellationToken ct)
    {
        var shown = replies.SelectMany(r => r.Actions)
            .Where(a => a.Id == GuidanceActions.More)
            .Select(a => a.Values[GuidanceActions.IdeaKey])
            .Distinct()
            .ToList();
        return shown.Count > 0 ? log.RecordShownAsync(userId, shown, at, ct) : Task.CompletedTask;
    }
}
