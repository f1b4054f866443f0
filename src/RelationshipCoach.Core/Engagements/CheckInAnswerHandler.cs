using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Records the answer a rep gave with the check-in's buttons and fields: status, client updated, note, next step.</summary>
public sealed class CheckInAnswerHandler(RepEngagements engagements, CheckInAnswering answering) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (await engagements.FindCheckInAsync(turn, ct) is not var (checkIn, engagement)) return [RepEngagements.NotFound(turn)];
        var action = turn.Action!;
        var answer = new CheckInAnswer(
            PhaseHealthIds.Parse(action.Value("status")),
            action.Value("clientUpdated") switch { "yes" => true, "no" => false, _ => null },
            Trimmed(action.Value("note")),
            Trimmed(action.Value("nextStep")));
        return [await answering.AnswerAsync(turn, engagement, checkIn, answer, ct)];
    }

    private static string? Trimmed(string? text) => text is null ? null : text.Length <= Engagement.MaxTextLength ? text : text[..Engagement.MaxTextLength];
}
