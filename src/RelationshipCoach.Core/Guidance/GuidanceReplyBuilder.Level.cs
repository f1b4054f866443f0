using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

public sealed partial class GuidanceReplyBuilder
{
    /// <summary>Explains a relationship level: what it looks like, what it costs to keep, and what the next level costs and gives.</summary>
    public Reply RelationshipLevelReply(string levelId, Language language)
    {
        var level = knowledge.Level(levelId, language);
        var nextId = LevelIds.Next(levelId);
        return new Reply
        {
            Kind = GuidanceKinds.RelationshipLevel,
            Title = texts.Get(language, "relationship.level.title", level.Name),
            Blocks =
            [
                new TextBlock(level.Summary),
                new TextBlock(texts.Get(language, "relationship.level.looks_like"), TextStyle.Heading),
                new TextBlock(TextLists.Bulleted(level.LooksLike)),
            ],
            Facts =
            [
                new Fact(texts.Get(language, "relationship.level.cost"), level.CostToKeep),
                new Fact(texts.Get(language, "relationship.level.gives"), level.Gives),
                .. nextId is null ? KeepFacts(level, language) : NextLevelFacts(level, knowledge.Level(nextId, language), language),
            ],
            Actions = nextId is null ? [] : [LevelButton(nextId, language)],
        };
    }

    private List<Fact> NextLevelFacts(RelationshipLevel level, RelationshipLevel next, Language language) =>
    [
        new Fact(texts.Get(language, "relationship.level.next"), next.Name),
        new Fact(texts.Get(language, "relationship.level.move_up"), level.MoveUp),
        new Fact(texts.Get(language, "relationship.level.next_cost"), next.CostToKeep),
        new Fact(texts.Get(language, "relationship.level.next_gives"), next.Gives),
    ];

    private List<Fact> KeepFacts(RelationshipLevel level, Language language) =>
        [new Fact(texts.Get(language, "relationship.level.keep"), level.MoveUp)];
}
