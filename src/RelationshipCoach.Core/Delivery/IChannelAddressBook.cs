using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Core.Delivery;

/// <summary>
/// Remembers how to reach a person later on their channel (Teams: service URL and conversation; Slack: workspace
/// and DM channel), as an opaque text only that channel reads, so proactive messages survive restarts.
/// </summary>
public interface IChannelAddressBook
{
    Task RememberAsync(UserRef user, string address, CancellationToken ct);

    Task<string?> LookupAsync(UserRef user, CancellationToken ct);
}
