using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Changes what an engagement says in writing: client, name, level, goals, responsibilities and expectations.</summary>
public sealed class EditEngagementHandler(RepEngagements engagements, EngagementUpdates updates) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var engagement = await engagements.FindAsync(turn, ct);
        if (engagement is null) return [RepEngagements.NotFound(turn)];
        if (turn.Action!.Id != "engagement.edit.save") return [Form(turn, engagement, EngagementDraft.FromValues(_ => null), null)];

        var draft = EngagementDraft.FromValues(turn.Action.Value);
        var problem = Check(draft);
        if (problem is not null) return [Form(turn, engagement, draft, problem.Say(turn.Language))];
        var changed = engagement with
        {
            Client = draft.Client!,
            Name = draft.Name!,
            Level = draft.Level,
            Goals = TextLines.Split(draft.Goals),
            Responsibilities = Responsibility.ParseLines(draft.Responsibilities),
            Expectations = TextLines.Split(draft.Expectations),
        };
        var saved = await updates.SaveAsync(turn, changed, [], replan: false, ct);
        if (saved is null) return [EngagementUpdates.Conflict(turn)];
        return [PlanReply.Build(saved, turn.Language, turn.Zone, turn.Say("engagement.saved")) with { ReplacesSource = true }];
    }

    private static Problem? Check(EngagementDraft draft)
    {
        if (draft.Client is null) return Problem.Of("engagement.client-missing");
        if (draft.Name is null) return Problem.Of("engagement.name-missing");
        if (draft.Client.Length > Engagement.MaxClientLength || draft.Name.Length > Engagement.MaxNameLength)
            return Problem.Of("engagement.too-long", Engagement.MaxNameLength);
        if (draft.Level is { } level && !LevelIds.IsKnown(level)) return Problem.Of("engagement.level-unknown-id", level);
        string?[] texts = [draft.Goals, draft.Responsibilities, draft.Expectations];
        return texts.Any(t => t?.Length > Engagement.MaxTextLength) ? Problem.Of("engagement.too-long", Engagement.MaxTextLength) : null;
    }

    /// <summary>The details form, showing what the rep just submitted when it was refused, else what is stored.</summary>
    private static Reply Form(Turn turn, Engagement engagement, EngagementDraft submitted, string? error) => new()
    {
        Kind = "engagement.edit",
        Title = turn.Say("engagement.edit.title", engagement.Title),
        Blocks = error is null ? [] : [new TextBlock(error)],
        Inputs =
        [
            new ReplyInput("client", turn.Say("engagement.form.client")) { Required = true, Value = submitted.Client ?? engagement.Client },
            new ReplyInput("name", turn.Say("engagement.form.name")) { Required = true, Value = submitted.Name ?? engagement.Name },
            EngagementForm.LevelInput(turn, submitted.Level ?? engagement.Level, null),
            new ReplyInput("goals", turn.Say("engagement.form.goals"), InputKind.MultilineText) { Value = submitted.Goals ?? TextLines.Join(engagement.Goals) },
            new ReplyInput("responsibilities", turn.Say("engagement.form.responsibilities"), InputKind.MultilineText)
            {
                Value = submitted.Responsibilities ?? TextLines.Join(engagement.Responsibilities.Select(r => r.ToString())),
                Placeholder = turn.Say("engagement.form.responsibilities-example"),
            },
            new ReplyInput("expectations", turn.Say("engagement.form.expectations"), InputKind.MultilineText) { Value = submitted.Expectations ?? TextLines.Join(engagement.Expectations) },
        ],
        Actions = [new ReplyAction("engagement.edit.save", turn.Say("engagement.edit.save"), ActionStyle.Primary).With("engagementId", engagement.Id.ToString())],
    };
}
