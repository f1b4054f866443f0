using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// Replaces the regular check-in schedule with any recurrence the time recognizer reads, by form or in plain words
/// ("check in every 2 weeks on Thursday at 10"): for the engagement named, else for all the rep's engagements.
/// </summary>
public sealed class ScheduleHandler(RepEngagements engagements, EngagementUpdates updates, ITimeExpressionRecognizer recognizer) : IIntentHandler
{
    public const string Command = "check-in";

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Action is null) return [await FromWordsAsync(turn, ct)];
        var engagement = await engagements.FindAsync(turn, ct);
        if (engagement is null) return [RepEngagements.NotFound(turn)];
        if (turn.Action.Id == "engagement.schedule.form") return [Form(turn, engagement, null, null)];

        var written = turn.Action.Value("schedule") ?? "";
        var schedule = CheckInSchedule.Read(written, recognizer, turn.Language, turn.LocalNow, turn.Zone);
        if (schedule is null) return [Form(turn, engagement, written, turn.Say("schedule.unreadable", written))];
        var saved = await updates.SaveAsync(turn, engagement with { Schedule = schedule }, [], replan: true, ct);
        return [saved is null ? EngagementUpdates.Conflict(turn) : Changed(turn, [saved]) with { ReplacesSource = true }];
    }

    private async Task<Reply> FromWordsAsync(Turn turn, CancellationToken ct)
    {
        var said = CommandWords.Match(Command, turn.Text) ?? "";
        var mentioned = await engagements.MentionedInAsync(turn, said, ct);
        var targets = mentioned.Count > 0 ? mentioned : await engagements.ActiveAsync(turn, ct);
        if (targets.Count == 0) return RepEngagements.NotFound(turn);
        var schedule = CheckInSchedule.Read(said, recognizer, turn.Language, turn.LocalNow, turn.Zone);
        if (schedule is null) return Form(turn, targets[0], said, turn.Say("schedule.unreadable", said));

        var saved = new List<Engagement>();
        foreach (var engagement in targets)
        {
            var stored = await updates.SaveAsync(turn, engagement with { Schedule = schedule }, [], replan: true, ct);
            if (stored is null) return EngagementUpdates.Conflict(turn);
            saved.Add(stored);
        }
        return Changed(turn, saved);
    }

    private static Reply Changed(Turn turn, IReadOnlyList<Engagement> saved) => new()
    {
        Kind = "engagement.schedule.saved",
        Blocks = [new TextBlock(turn.Say("schedule.saved", saved[0].Schedule.Text))],
        Facts = saved.Select(e => new Fact(e.Title, e.NextCheckInAt is { } at
            ? turn.Say("schedule.next", EngagementDates.When(at, turn.Language, turn.Zone)) : "—")).ToList(),
    };

    /// <summary>The schedule form; a refused schedule stays in the field with what was wrong, the stored one is unchanged.</summary>
    private static Reply Form(Turn turn, Engagement engagement, string? written, string? error) => new()
    {
        Kind = error is null ? "engagement.schedule.form" : "engagement.schedule.unreadable",
        Title = turn.Say("schedule.title", engagement.Title),
        Blocks = [new TextBlock(error ?? turn.Say("schedule.current", engagement.Schedule.Text))],
        Inputs =
        [
            new ReplyInput("schedule", turn.Say("schedule.label"))
            {
                Required = true, Value = written ?? engagement.Schedule.Text, Placeholder = turn.Say("schedule.example"),
                Error = error is null ? null : turn.Say("schedule.example"),
            },
        ],
        Actions = [new ReplyAction("engagement.schedule.save", turn.Say("schedule.save"), ActionStyle.Primary).With("engagementId", engagement.Id.ToString())],
    };
}
