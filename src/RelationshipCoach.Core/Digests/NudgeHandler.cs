using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Teams;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// A nudge button in the digest: sends the rep a friendly message in the rep's own language, on the rep's channel,
/// but only for a rep who is in the clicking lead's team now (a button's values can be forged).
/// </summary>
public sealed class NudgeHandler(ITeamStore teams, IUserDirectory users, IMessenger messenger) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var action = turn.Action!;
        var rep = long.TryParse(action.Value(DigestActions.RepKey), out var repId) ? await users.FindAsync(repId, ct) : null;
        var isMember = rep is not null && turn.User.Role == Role.Lead
            && (await teams.MembersAsync(turn.User.Id, turn.Now, ct)).Any(m => m.IsActive && m.RepId == rep.Id);
        if (!isMember || !Enum.TryParse<NudgeKind>(action.Value(DigestActions.KindKey), out var kind))
            return [new Reply { Kind = "digest.nudge-refused", Blocks = [new TextBlock(turn.Say("digest.nudge-refused"))] }];

        var text = NudgeText.ForRep(kind, PersonName.Of(turn.User), action.Value(DigestActions.ClientKey), action.Value(DigestActions.DetailKey), PreferredLanguage.Of(rep!));
        await messenger.SendAsync(rep!.Ref, new Reply
        {
            Kind = "nudge",
            Blocks = [new TextBlock(text)],
            Actions = [new ReplyAction("open-items", Languages.Texts.Default.Get(PreferredLanguage.Of(rep), "nudge.rep.open-items-action"))],
        }, ct);
        return [new Reply { Kind = "digest.nudged", Blocks = [new TextBlock(turn.Say("digest.nudged", PersonName.Of(rep)))] }];
    }
}
