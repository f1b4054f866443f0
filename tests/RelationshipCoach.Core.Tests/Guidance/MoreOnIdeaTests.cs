using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

public class MoreOnIdeaTests
{
    private readonly GuidanceReplyBuilder _builder = new();

    public static TheoryData<string, Language> EveryIdeaInEveryLanguage()
    {
        var data = new TheoryData<string, Language>();
        foreach (var id in IdeaIds.All)
            foreach (var language in LanguageCodes.All)
                data.Add(id, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryIdeaInEveryLanguage))]
    public void Shows_the_whole_idea_within_chat_limits(string id, Language language)
    {
        var idea = KnowledgeBase.Default.Get(id, language);

        var reply = _builder.MoreOnIdea(id, language);

        Assert.Equal(GuidanceKinds.Idea, reply.Kind);
        Assert.Equal(idea.Name, reply.Title);
        var text = reply.PlainText;
        Assert.All(idea.Signs.Concat(idea.Steps).Concat(idea.Sentences).Append(idea.Meaning).Append(idea.Avoid),
            part => Assert.Contains(part, text));
        Assert.All(reply.Blocks, b => Assert.True(b.Text.Length <= 3000));
        Assert.True(text.Length <= 3000, $"{text.Length} characters");
    }

    [Theory]
    [InlineData(Language.En, "Signs it is at stake", "Level: Preferred supplier")]
    [InlineData(Language.De, "Woran Sie es erkennen", "Ebene: Bevorzugter Lieferant")]
    [InlineData(Language.Es, "Señales de que está en juego", "Nivel: Proveedor preferido")]
    [InlineData(Language.Id, "Tanda-tandanya", "Tingkat: Pemasok pilihan")]
    public void The_relationship_level_idea_links_to_each_level(Language language, string signsHeading, string secondButton)
    {
        var reply = _builder.MoreOnIdea(IdeaIds.RelationshipLevel, language);

        Assert.Contains(reply.Blocks, b => b.Text == signsHeading);
        Assert.Equal(LevelIds.All, reply.Actions.Select(a => a.Values[GuidanceActions.LevelKey]));
        Assert.All(reply.Actions, a => Assert.Equal(GuidanceActions.RelationshipLevel, a.Id));
        Assert.Equal(secondButton, reply.Actions[1].Label);
    }

    [Fact]
    public void Other_ideas_carry_no_level_buttons()
    {
        Assert.Empty(_builder.MoreOnIdea(IdeaIds.Integrity, Language.En).Actions);
    }
}
