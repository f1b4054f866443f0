using NodaTime;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Delivery;

/// <summary>
/// Sends the messages decided inside a transaction once it has committed, each on its own, without holding up the
/// work that decided them: a reminder job is free for the next reminder while Slack or Teams takes its time.
/// </summary>
public interface IAfterCommitSends
{
    void Start(InFlightMessage message);
}

/// <summary>A message decided inside a transaction and held meanwhile (<paramref name="HeldId"/>), waiting to be handed to its channel.</summary>
public sealed record InFlightMessage(UserProfile Profile, Reply Reply, long HeldId, Instant DecidedAt, DeliveryFailure? Earlier);
