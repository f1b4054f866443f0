using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams;

/// <summary>
/// Reads a team's members when the bot is added to it and remembers how to reach each one it did not know yet,
/// so that later features (the lead's digest, nudges) can message team members who never wrote to the bot.
/// </summary>
public sealed class TeamRoster(ConnectorClient connector, IChannelAddressBook addresses, ILogger<TeamRoster> logger)
{
    public async Task<int> RememberMembersAsync(Activity installed, string teamId, CancellationToken ct)
    {
        var members = await connector.GetMembersAsync(installed.ServiceUrl!, teamId, ct);
        var tenant = InboundMapper.Tenant(installed);
        var added = 0;
        foreach (var member in members.Where(m => !string.IsNullOrEmpty(m.Id)))
        {
            var user = new UserRef(Channels.Teams, tenant, member.AadObjectId ?? member.Id!);
            if (await addresses.LookupAsync(user, ct) is not null) continue;
            await addresses.RememberAsync(user, new TeamsAddress(installed.ServiceUrl!, tenant, installed.Recipient!.Id!, member.Id!, null).ToJson(), ct);
            added++;
        }
        logger.LogInformation("Team {TeamId} has {Count} members; {Added} were new to the coach.", teamId, members.Count, added);
        return members.Count;
    }
}
