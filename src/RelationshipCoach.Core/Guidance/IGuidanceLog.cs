using NodaTime;
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
