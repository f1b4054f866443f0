using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Playground;
using RelationshipCoach.Slack.Delivery;
using RelationshipCoach.Teams;

namespace RelationshipCoach.Delivery;

/// <summary>Sends a proactive reply through the messenger of the person's own channel.</summary>
public sealed class MessengerRouter(PlaygroundMessenger playground, SlackMessenger slack, TeamsMessenger teams) : IMessenger
{
    public Task SendAsync(UserRef to, Reply reply, CancellationToken ct) => to.Channel switch
    {
        Channels.Playground => playground.SendAsync(to, reply, ct),
        Channels.Slack => slack.SendAsync(to, reply, ct),
        Channels.Teams => teams.SendAsync(to, reply, ct),
        _ => throw new NotSupportedException($"No messenger for channel '{to.Channel}'."),
    };
}
