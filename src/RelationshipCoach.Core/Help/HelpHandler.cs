using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Help;

/// <summary>Says what the coach does and offers the common actions as buttons.</summary>
public sealed class HelpHandler : IIntentHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Reply>>([Build(turn)]);

    public static Reply Build(Turn turn)
    {
        var isLead = turn.User.Role == Role.Lead;
        var help = new Reply
        {
            Kind = "help",
            Title = turn.Say("help.title"),
            Blocks =
            [
                new TextBlock(turn.Say("help.intro")),
                new TextBlock(turn.Say("help.examples"), TextStyle.Subtle),
                new TextBlock(turn.Say(isLead ? "help.lead" : "help.rep-data"), TextStyle.Subtle),
            ],
            Actions =
            [
                new ReplyAction("call.form", turn.Say("call.form.action"), ActionStyle.Primary),
                new ReplyAction("open-items", turn.Say("open-items.action")),
                new ReplyAction("engagement.new", turn.Say("engagement.new.action")),
                new ReplyAction("engagement.list", turn.Say("engagement.list.action")),
                new ReplyAction("settings", turn.Say("settings.action")),
            ],
        };
        // A lead's most frequent wish is their team's week, so it gets a button of its own.
        return isLead ? help with { Actions = [.. help.Actions, new ReplyAction(DigestActions.Now, turn.Say("digest.now-action"))] } : help;
    }
}
