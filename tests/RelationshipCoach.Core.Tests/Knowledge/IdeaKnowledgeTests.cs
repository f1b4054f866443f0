using System.Text.RegularExpressions;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Knowledge;

public class IdeaKnowledgeTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    public static TheoryData<string, Language> EveryIdeaInEveryLanguage()
    {
        var data = new TheoryData<string, Language>();
        foreach (var id in IdeaIds.All)
            foreach (var language in LanguageCodes.All)
                data.Add(id, language);
        return data;
    }

    public static TheoryData<string, Language> EveryIdeaInEveryTranslation()
    {
        var data = new TheoryData<string, Language>();
        foreach (var id in IdeaIds.All)
            foreach (var language in LanguageCodes.All.Where(l => l != Language.En))
                data.Add(id, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryIdeaInEveryLanguage))]
    public void Every_idea_is_complete(string id, Language language)
    {
        var idea = Knowledge.Get(id, language);

        Assert.Equal(id, idea.Id);
        Assert.Equal(language, idea.Language);
        Assert.False(string.IsNullOrWhiteSpace(idea.Name));
        Assert.False(string.IsNullOrWhiteSpace(idea.Avoid));
        Assert.InRange(SentenceCount(idea.Meaning), 2, 3);
        Assert.InRange(idea.Signs.Count, 3, 5);
        Assert.InRange(idea.Steps.Count, 3, 5);
        Assert.InRange(idea.Sentences.Count, 2, 3);
        Assert.All(idea.Signs.Concat(idea.Steps).Concat(idea.Sentences), t => Assert.False(string.IsNullOrWhiteSpace(t)));
    }

    [Theory]
    [MemberData(nameof(EveryIdeaInEveryTranslation))]
    public void No_translated_text_is_left_in_English(string id, Language language)
    {
        var english = Knowledge.Get(id, Language.En);
        var translated = Knowledge.Get(id, language);

        Assert.NotEqual(english.Name, translated.Name);
        Assert.NotEqual(english.Meaning, translated.Meaning);
        Assert.NotEqual(english.Avoid, translated.Avoid);
        Assert.Empty(english.Signs.Intersect(translated.Signs));
        Assert.Empty(english.Steps.Intersect(translated.Steps));
        Assert.Empty(english.Sentences.Intersect(translated.Sentences));
        Assert.All(AllText(translated), t => Assert.DoesNotMatch(EnglishFunctionWords, t));
    }

    [Theory]
    [MemberData(nameof(EveryIdeaInEveryLanguage))]
    public void The_same_idea_has_the_same_shape_in_every_language(string id, Language language)
    {
        var english = Knowledge.Get(id, Language.En);
        var other = Knowledge.Get(id, language);

        Assert.Equal(english.Signs.Count, other.Signs.Count);
        Assert.Equal(english.Steps.Count, other.Steps.Count);
        Assert.Equal(english.Sentences.Count, other.Sentences.Count);
    }

    [Theory]
    [MemberData(nameof(EveryIdeaInEveryLanguage))]
    public void German_never_uses_du_and_Spanish_never_uses_vosotros(string id, Language language)
    {
        var words = AllText(Knowledge.Get(id, language)).SelectMany(t => Regex.Split(t, @"[^\p{L}]+")).ToHashSet();
        string[] banned = language switch
        {
            Language.De => ["du", "dich", "dir", "dein", "deine", "deinen", "deiner", "Du", "Dich", "Dir", "Dein", "Deine"],
            Language.Es => ["vosotros", "vosotras", "vuestro", "vuestra", "tenéis", "podéis", "queréis"],
            _ => [],
        };
        Assert.Empty(words.Intersect(banned));
    }

    [Fact]
    public void German_client_sentences_address_the_client_formally()
    {
        var sentences = IdeaIds.All.SelectMany(id => Knowledge.Get(id, Language.De).Sentences).ToList();

        var formal = sentences.Count(s => Regex.IsMatch(s, @"\b(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b"));

        Assert.True(formal >= sentences.Count * 3 / 4, $"Only {formal} of {sentences.Count} German sentences use Sie.");
    }

    [Fact]
    public void Knows_exactly_the_twelve_ideas()
    {
        Assert.Equal(12, Knowledge.IdeaIds.Count);
        Assert.All(Knowledge.IdeaIds, id => Assert.True(Knowledge.HasIdea(id)));
        Assert.False(Knowledge.HasIdea("charisma"));
        Assert.Throws<KeyNotFoundException>(() => Knowledge.Get("charisma", Language.En));
    }

    [Fact]
    public void Consistency_quotes_the_retention_figure_with_its_source()
    {
        foreach (var language in LanguageCodes.All)
        {
            var meaning = Knowledge.Get(IdeaIds.Consistency, language).Meaning;
            Assert.Contains("5", meaning);
            Assert.Contains("75", meaning);
            Assert.Contains("blog", meaning, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static readonly Regex EnglishFunctionWords = new(@"\b(the|and|with|you|your|is|are|we|our|of|to)\b");

    private static IEnumerable<string> AllText(Idea idea) =>
        new[] { idea.Name, idea.Meaning, idea.Avoid }.Concat(idea.Signs).Concat(idea.Steps).Concat(idea.Sentences);

    private static int SentenceCount(string text) => Regex.Matches(text, @"[.!?](\s|$)").Count;
}
