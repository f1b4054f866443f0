using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Teams;

/// <summary>"my team": the lead's members, each with the channel they are on.</summary>
public sealed class MyTeamHandler(ITeamStore teams, IUserDirectory users) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.User.Role != Role.Lead)
            return [new Reply { Kind = "team.not-a-lead", Blocks = [new TextBlock(turn.Say("team.not-a-lead"))] }];
        var members = new List<UserProfile>();
        foreach (var membership in (await teams.MembersAsync(turn.User.Id, turn.Now, ct)).Where(m => m.IsActive))
        {
            if (await users.FindAsync(membership.RepId, ct) is { } rep) members.Add(rep);
        }
        if (members.Count == 0)
            return [new Reply { Kind = "team", Title = turn.Say("team.title"), Blocks = [new TextBlock(turn.Say("team.empty"))] }];
        return
        [
            new Reply
            {
                Kind = "team",
                Title = turn.Say("team.title"),
                Blocks = [new TextBlock(turn.Say("team.count", members.Count)), new TextBlock(turn.Say("team.how"), TextStyle.Subtle)],
                Facts = members.OrderBy(PersonName.Of, StringComparer.CurrentCultureIgnoreCase)
                    .Select(m => new Fact(PersonName.Of(m), m.Ref.Channel)).ToList(),
                Actions = [new ReplyAction("digest.now", turn.Say("digest.now-action"), ActionStyle.Primary)],
            },
        ];
    }
}
