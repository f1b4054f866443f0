using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Availability;

/// <summary>Records an absence said in plain words, from today until the day named; asks back when no day is named.</summary>
public sealed class AbsenceHandler(IAbsenceLog absences, ITimeExpressionRecognizer recognizer) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var today = turn.LocalNow.Date;
        var time = recognizer.Recognize(turn.Text, turn.Language, turn.LocalNow, turn.Zone);
        if (time is not { Kind: TimeExpressionKind.Moment, Moment: { } until })
            return [Reply("absence.ask", turn.Say("absence.which-day"))];
        if (until.Date < today)
            return [Reply("absence.ask", turn.Say("absence.past", Day(turn, until.Date)))];

        await absences.SetAsync(turn.User.Id, new DateInterval(today, until.Date), ct);
        return [Reply("absence.set", turn.Say("absence.set", Day(turn, until.Date)))];
    }

    public static bool Matches(Turn turn) => turn.Text.Length <= 200 && AbsenceMention.Matches(turn.Text);

    private static string Day(Turn turn, LocalDate date) => date.ToString("dddd d MMMM", Languages.Texts.Culture(turn.Language));

    private static Reply Reply(string kind, string text) => new() { Kind = kind, Blocks = [new TextBlock(text)] };
}
