using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Shows an engagement's written plan, by its button or by name ("plan Acme"); with one engagement, the name may be left out.</summary>
public sealed class PlanHandler(RepEngagements engagements) : IIntentHandler
{
    public const string Command = "plan";

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Action is not null)
        {
            var engagement = await engagements.FindAsync(turn, ct);
            return [engagement is null ? RepEngagements.NotFound(turn) : PlanReply.Build(engagement, turn.Language, turn.Zone)];
        }
        var named = CommandWords.Match(Command, turn.Text) ?? "";
        var found = named.Length > 0 ? await engagements.MentionedInAsync(turn, named, ct) : await engagements.ActiveAsync(turn, ct);
        return found.Count switch
        {
            1 => [PlanReply.Build(found[0], turn.Language, turn.Zone)],
            0 => [RepEngagements.NotFound(turn)],
            _ => [await MyEngagementsHandler.ListAsync(turn, found, ct)],
        };
    }
}
