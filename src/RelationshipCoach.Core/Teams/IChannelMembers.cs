using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Core.Teams;

/// <summary>Lists the people in a channel of the asking person's own workspace, for "add everyone in #sales to my team".</summary>
public interface IChannelMembers
{
    /// <summary>The channel's members, or null when this channel cannot list them or the bot may not see the channel.</summary>
    Task<IReadOnlyList<ImportedColleague>?> ListAsync(UserRef asking, string channelId, CancellationToken ct);
}
