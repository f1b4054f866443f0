using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Teams;

namespace RelationshipCoach.Core.Privacy;

/// <summary>
/// "forget me": first says what will be deleted and asks to confirm (with a choice for the engagements the person owns:
/// delete them, or hand them to their lead); only the confirmation deletes.
/// </summary>
public sealed class ForgetHandler(IPersonalData data, ITeamStore teams) : IIntentHandler
{
    public const string Confirm = "privacy.forget";
    public const string Cancel = "privacy.keep";

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Action?.Id == Cancel) return [Say(turn, "privacy.kept", "privacy.kept")];
        var lead = (await teams.LeadsOfAsync([turn.User.Id], ct)).FirstOrDefault(m => m.LeftAt is null)?.LeadId;
        if (turn.Action?.Id != Confirm) return [Ask(turn, lead)];

        long? engagementsTo = turn.Action.Value("engagements") == "lead" ? lead : null;
        await data.ForgetAsync(turn.User.Id, engagementsTo, ct);
        return [Say(turn, "privacy.forgotten", "privacy.forgotten") with { ReplacesSource = true }];
    }

    private static Reply Ask(Turn turn, long? lead) => new()
    {
        Kind = "privacy.forget.ask",
        Title = turn.Say("privacy.forget.title"),
        Blocks = [new TextBlock(turn.Say("privacy.forget.what"))],
        Actions =
        [
            new ReplyAction(Confirm, turn.Say("privacy.forget.delete-all"), ActionStyle.Danger).With("engagements", "delete"),
            .. lead is null ? Array.Empty<ReplyAction>() : [new ReplyAction(Confirm, turn.Say("privacy.forget.hand-over"), ActionStyle.Danger).With("engagements", "lead")],
            new ReplyAction(Cancel, turn.Say("privacy.forget.keep")),
        ],
    };

    private static Reply Say(Turn turn, string kind, string key) => new() { Kind = kind, Blocks = [new TextBlock(turn.Say(key))] };
}
