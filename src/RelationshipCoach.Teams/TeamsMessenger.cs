using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams;

/// <summary>Sends a proactive reply to a person's 1:1 chat with the bot, creating that chat (once) when only their team membership is known.</summary>
public sealed class TeamsMessenger(IChannelAddressBook addresses, ConnectorClient connector)
{
    public async Task SendAsync(UserRef to, Reply reply, CancellationToken ct)
    {
        var address = TeamsAddress.FromJson(await addresses.LookupAsync(to, ct))
            ?? throw new InvalidOperationException($"No Teams address is known for {to}: the app is not installed for this person.");
        if (address.ConversationId is null)
        {
            address = address with { ConversationId = await connector.CreateConversationAsync(address, ct) };
            await addresses.RememberAsync(to, address.ToJson(), ct);
        }
        await connector.SendAsync(address.ServiceUrl, address.ConversationId, ReplyActivity.From(reply), ct);
    }
}
