using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Records a check-in answered in plain words for the engagement it names (or the rep's only one), on its open check-in if there is one.</summary>
public sealed class CheckInWordsHandler(RepEngagements engagements, IEngagementStore store, CheckInAnswering answering) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var answer = CheckInWords.Read(turn.Text)!;
        var mentioned = await engagements.MentionedInAsync(turn, turn.Text, ct);
        var active = mentioned.Count > 0 ? mentioned : await engagements.ActiveAsync(turn, ct);
        if (active.Count != 1)
            return [await MyEngagementsHandler.ListAsync(turn, active, ct) with { Blocks = [new TextBlock(turn.Say("check-in.which-engagement"))] }];
        var engagement = active[0];
        var open = await store.GetOpenCheckInAsync(engagement.Id, ct);
        return [await answering.AnswerAsync(turn, engagement, open, answer, ct)];
    }

    public static bool Matches(Turn turn) => CheckInWords.Read(turn.Text) is not null;
}
