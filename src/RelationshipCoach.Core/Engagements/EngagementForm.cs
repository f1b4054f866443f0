using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>The form to start an engagement, filled with what the rep already said, each refused field saying what is wrong.</summary>
public static class EngagementForm
{
    public const string Kind = "engagement.form";

    public static Reply Build(Turn turn, EngagementDraft draft, IReadOnlyDictionary<string, Problem> problems)
    {
        string? Error(string field) => problems.TryGetValue(field, out var p) ? p.Say(turn.Language) : null;
        var blocks = problems.Count == 0
            ? new List<TextBlock> { new(turn.Say("engagement.form.intro")) }
            : [new TextBlock(turn.Say("engagement.form.fix")), .. problems.Values.Select(p => new TextBlock(p.Say(turn.Language)))];
        blocks.Add(new TextBlock(turn.Say("engagement.form.example"), TextStyle.Subtle));
        return new Reply
        {
            Kind = Kind,
            Title = turn.Say("engagement.form.title"),
            Blocks = blocks,
            Inputs =
            [
                new ReplyInput("client", turn.Say("engagement.form.client")) { Required = true, Value = draft.Client, Placeholder = "Acme", Error = Error("client") },
                new ReplyInput("name", turn.Say("engagement.form.name")) { Required = true, Value = draft.Name, Error = Error("name") },
                LevelInput(turn, draft.Level, Error("level")),
                new ReplyInput("goals", turn.Say("engagement.form.goals"), InputKind.MultilineText) { Value = draft.Goals, Error = Error("goals") },
                new ReplyInput("responsibilities", turn.Say("engagement.form.responsibilities"), InputKind.MultilineText)
                {
                    Value = draft.Responsibilities, Placeholder = turn.Say("engagement.form.responsibilities-example"), Error = Error("responsibilities"),
                },
                new ReplyInput("expectations", turn.Say("engagement.form.expectations"), InputKind.MultilineText) { Value = draft.Expectations, Error = Error("expectations") },
                new ReplyInput("phases", turn.Say("engagement.form.phases"), InputKind.MultilineText)
                {
                    Required = true, Value = draft.Phases, Placeholder = turn.Say("engagement.form.phases-example"), Error = Error("phases"),
                },
            ],
            Actions = [new ReplyAction("engagement.create", turn.Say("engagement.form.submit"), ActionStyle.Primary)],
        };
    }

    public static ReplyInput LevelInput(Turn turn, string? level, string? error) =>
        new("level", turn.Say("engagement.level"), InputKind.Choice)
        {
            Value = level,
            Choices = LevelIds.All.Select(id => new Choice(id, KnowledgeBase.Default.Level(id, turn.Language).Name)).ToList(),
            Error = error,
        };
}
