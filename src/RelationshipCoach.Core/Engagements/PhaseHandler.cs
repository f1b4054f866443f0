using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// Adds a phase or changes one by form, or in plain words: "phase Acme training until Apr 30" adds a phase, and naming a
/// phase the engagement has ("phase Acme pilot until Feb 15") moves its end date.
/// </summary>
public sealed class PhaseHandler(RepEngagements engagements, EngagementUpdates updates, ITimeExpressionRecognizer recognizer) : IIntentHandler
{
    public const string Command = "phase";

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.Action is null) return [await FromWordsAsync(turn, ct)];
        var engagement = await engagements.FindAsync(turn, ct);
        if (engagement is null) return [RepEngagements.NotFound(turn)];
        int? index = int.TryParse(turn.Action.Value("phase"), out var i) && i >= 0 && i < engagement.Phases.Count ? i : null;
        if (turn.Action.Id == "engagement.phase.form") return [Form(turn, engagement, index, null)];

        var name = turn.Action.Value("name") ?? "";
        var end = EngagementDates.Read(turn.Action.Value("end"), recognizer, turn.Language, turn.LocalNow, turn.Zone);
        if (end is null) return [Form(turn, engagement, index, turn.Say("phase.end-unreadable", turn.Action.Value("end") ?? ""))];
        var goal = turn.Action.Value("goal");
        var (changed, problem) = index is { } at
            ? PhaseChange.Change(engagement, at, name, end.Value, goal, turn.LocalNow.Date)
            : PhaseChange.Add(engagement, name, end.Value, goal, turn.LocalNow.Date);
        return [await SaveAsync(turn, changed, problem, () => Form(turn, engagement, index, problem!.Say(turn.Language)), ct)];
    }

    private async Task<Reply> FromWordsAsync(Turn turn, CancellationToken ct)
    {
        var said = CommandWords.Match(Command, turn.Text) ?? "";
        var mentioned = await engagements.MentionedInAsync(turn, said, ct);
        var active = await engagements.ActiveAsync(turn, ct);
        var engagement = mentioned.Count == 1 ? mentioned[0] : active.Count == 1 ? active[0] : null;
        if (engagement is null) return RepEngagements.NotFound(turn);

        var time = recognizer.Recognize(said, turn.Language, turn.LocalNow, turn.Zone);
        if (time is not { Kind: TimeExpressionKind.Moment, Moment: { } moment })
            return Form(turn, engagement, null, turn.Say("phase.end-unreadable", said));
        var name = WithoutClient(time.Remainder(said), engagement.Client);
        var existing = engagement.Phases.ToList().FindIndex(p => TextFolding.Fold(p.Name) == TextFolding.Fold(name));
        var (changed, problem) = existing >= 0
            ? PhaseChange.Change(engagement, existing, engagement.Phases[existing].Name, moment.Date, engagement.Phases[existing].Goal, turn.LocalNow.Date)
            : PhaseChange.Add(engagement, name, moment.Date, null, turn.LocalNow.Date);
        return await SaveAsync(turn, changed, problem, () => Form(turn, engagement, existing >= 0 ? existing : null, problem!.Say(turn.Language)), ct);
    }

    private async Task<Reply> SaveAsync(Turn turn, Engagement changed, Problem? problem, Func<Reply> refused, CancellationToken ct)
    {
        if (problem is not null) return refused();
        var saved = await updates.SaveAsync(turn, changed, [], replan: true, ct);
        return saved is null
            ? EngagementUpdates.Conflict(turn)
            : PlanReply.Build(saved, turn.Language, turn.Zone, turn.Say("phase.saved")) with { ReplacesSource = turn.Action is not null };
    }

    private static string WithoutClient(string text, string client)
    {
        var at = text.IndexOf(client, StringComparison.OrdinalIgnoreCase);
        return (at < 0 ? text : text.Remove(at, client.Length)).Trim().Trim(':', ',', '-').Trim();
    }

    /// <summary>The form to add a phase, or (with an index) to rename it, move its end date or give it a goal.</summary>
    public static Reply Form(Turn turn, Engagement engagement, int? index, string? error)
    {
        var phase = index is { } i ? engagement.Phases[i] : null;
        var action = new ReplyAction(phase is null ? "engagement.phase.add" : "engagement.phase.save", turn.Say("phase.save"), ActionStyle.Primary)
            .With("engagementId", engagement.Id.ToString());
        return new Reply
        {
            Kind = "engagement.phase.form",
            Title = phase is null ? turn.Say("phase.add.title", engagement.Title) : turn.Say("phase.edit.title", phase.Name),
            Blocks = error is null ? [] : [new TextBlock(error)],
            Inputs =
            [
                new ReplyInput("name", turn.Say("phase.name")) { Required = true, Value = phase?.Name },
                new ReplyInput("end", turn.Say("phase.end"), InputKind.Date) { Required = true, Value = phase?.End.ToString("yyyy-MM-dd", null), Error = error },
                new ReplyInput("goal", turn.Say("phase.goal")) { Value = phase?.Goal },
            ],
            Actions = [index is { } at ? action.With("phase", at.ToString()) : action],
        };
    }
}
