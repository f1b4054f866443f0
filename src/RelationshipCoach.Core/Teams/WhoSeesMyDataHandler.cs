using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Teams;

/// <summary>"who sees my data": the leads whose weekly digest counts this person's calls, on any of their channels.</summary>
public sealed class WhoSeesMyDataHandler(ITeamStore teams, IUserDirectory users, SamePerson samePerson) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var profiles = (await samePerson.ProfilesOfAsync(turn.User, ct)).Select(p => p.Id).ToList();
        var leads = new List<string>();
        foreach (var leadId in (await teams.LeadsOfAsync(profiles, ct)).Select(m => m.LeadId).Distinct())
        {
            if (await users.FindAsync(leadId, ct) is { } lead) leads.Add(PersonName.Of(lead));
        }
        var reply = new Reply { Kind = "team.who-sees", Title = turn.Say("team.who-sees.title") };
        if (leads.Count == 0) return [reply with { Blocks = [new TextBlock(turn.Say("team.who-sees.nobody"))] }];
        return
        [
            reply with
            {
                Blocks = [new TextBlock(turn.Say("team.who-sees.leads", string.Join(", ", leads.Order(StringComparer.CurrentCultureIgnoreCase)))),
                    new TextBlock(turn.Say("team.who-sees.what"), TextStyle.Subtle)],
            },
        ];
    }
}
