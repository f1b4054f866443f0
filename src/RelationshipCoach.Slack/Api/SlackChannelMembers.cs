using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Slack.Conversation;

namespace RelationshipCoach.Slack.Api;

/// <summary>The people in a Slack channel of the asking person's own workspace, with the names and emails Slack verified; bots left out.</summary>
public sealed class SlackChannelMembers(SlackBotTokens tokens, SlackApiClient api, SlackPeople people)
{
    public async Task<IReadOnlyList<ImportedColleague>?> ListAsync(UserRef asking, string channel, CancellationToken ct)
    {
        if (await tokens.ForTeamAsync(asking.Tenant, ct) is not { } token) return null;
        if (await api.ChannelMembersAsync(token, channel, ct) is not { } members) return null;
        var colleagues = new List<ImportedColleague>(members.Count);
        foreach (var member in members)
        {
            var hints = await people.HintsAsync(asking.Tenant, member, token, ct);
            if (!hints.IsBot) colleagues.Add(new ImportedColleague(SlackInbound.User(asking.Tenant, member), hints.DisplayName, hints.Email));
        }
        return colleagues;
    }
}
