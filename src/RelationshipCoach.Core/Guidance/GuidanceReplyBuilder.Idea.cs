using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

public sealed partial class GuidanceReplyBuilder
{
    /// <summary>The whole idea, for the "more on this idea" button: meaning, signs, steps, what to avoid, every sentence.</summary>
    public Reply MoreOnIdea(string ideaId, Language language)
    {
        var idea = knowledge.Get(ideaId, language);
        return new Reply
        {
            Kind = GuidanceKinds.Idea,
            Title = idea.Name,
            Blocks =
            [
                new TextBlock(idea.Meaning),
                new TextBlock(texts.Get(language, "guidance.signs"), TextStyle.Heading),
                new TextBlock(TextLists.Bulleted(idea.Signs)),
                new TextBlock(texts.Get(language, "guidance.steps"), TextStyle.Heading),
                new TextBlock(TextLists.Numbered(idea.Steps)),
                new TextBlock(texts.Get(language, "guidance.sentences"), TextStyle.Heading),
                new TextBlock(TextLists.Bulleted(idea.Sentences.Select(s => texts.Get(language, "guidance.quote", s)))),
            ],
            Facts = [new Fact(texts.Get(language, "guidance.avoid"), idea.Avoid)],
            Actions = ideaId == IdeaIds.RelationshipLevel ? LevelButtons(language) : [],
        };
    }

    private List<ReplyAction> LevelButtons(Language language) =>
        LevelIds.All.Select(level => LevelButton(level, language)).ToList();

    private ReplyAction LevelButton(string level, Language language) =>
        new ReplyAction(GuidanceActions.RelationshipLevel,
                texts.Get(language, "relationship.level.show", knowledge.Level(level, language).Name))
            .With(GuidanceActions.LevelKey, level);
}
