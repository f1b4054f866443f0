using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Delivery;

/// <summary>Sends a reply to a person on their channel without them having written first (reminders, check-ins, digests).</summary>
public interface IMessenger
{
    Task SendAsync(UserRef to, Reply reply, CancellationToken ct);
}
