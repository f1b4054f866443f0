using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Conversation;
using NodaTime;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams;

/// <summary>
/// Reads a team's members when the bot is added to it and remembers how to reach each one it did not know yet,
/// so that later features (the lead's digest, nudges) can message team members who never wrote to the bot. When the
/// person who added the bot is a lead, the roster also becomes their team of reps.
/// </summary>
public sealed class TeamRoster(
    ConnectorClient connector, IChannelAddressBook addresses, TeamImport import, TimeProvider clock, ILogger<TeamRoster> logger)
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
        var colleagues = members.Where(m => !string.IsNullOrEmpty(m.Id))
            .Select(m => new ImportedColleague(new UserRef(Channels.Teams, tenant, m.AadObjectId ?? m.Id!), m.Name, m.Email)).ToList();
        var joined = await import.ImportAsync(InboundMapper.User(installed), colleagues, Instant.FromDateTimeOffset(clock.GetUtcNow()), ct);
        logger.LogInformation("Team {TeamId} has {Count} members; {Added} were new to the coach; {Joined} joined the installer's team of reps.",
            teamId, members.Count, added, joined.Count);
        return members.Count;
    }
}
