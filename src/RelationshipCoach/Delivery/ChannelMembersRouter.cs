using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Slack.Api;

namespace RelationshipCoach.Delivery;

/// <summary>Lists a channel's members through the asking person's own channel; only Slack names channels in messages.</summary>
public sealed class ChannelMembersRouter(SlackChannelMembers slack) : IChannelMembers
{
    public Task<IReadOnlyList<ImportedColleague>?> ListAsync(UserRef asking, string channelId, CancellationToken ct) => asking.Channel switch
    {
        Channels.Slack => slack.ListAsync(asking, channelId, ct),
        _ => Task.FromResult<IReadOnlyList<ImportedColleague>?>(null),
    };
}
