using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

public sealed class KeywordRulesTests
{
    private static readonly KeywordRules Rules = KeywordRules.Parse(new StringReader(
        "# comment\nautonomy\ten\tultimat*, take it or leave it\nreciprocity\tde\tgegenleistung*\n"));

    [Fact]
    public void Matches_prefixes_and_phrases_and_reports_the_words()
    {
        var hits = Rules.Hits(SituationWords.Of("Their final ULTIMATUM: take it or leave it!"), Language.En);
        Assert.Equal(2, hits["autonomy"].Patterns);
        Assert.Equal([2, 3, 4, 5, 6, 7], hits["autonomy"].Words.Order());
    }

    [Fact]
    public void Only_uses_the_patterns_of_the_situation_language()
    {
        Assert.Empty(Rules.Hits(SituationWords.Of("keine Gegenleistung"), Language.En));
        Assert.Single(Rules.Hits(SituationWords.Of("keine Gegenleistung"), Language.De));
    }

    [Fact]
    public void Rejects_an_unknown_idea()
    {
        Assert.Throws<InvalidDataException>(() => KeywordRules.Parse(new StringReader("kindness\ten\tnice")));
    }

    [Fact]
    public void The_shipped_rules_load()
    {
        Assert.NotEmpty(KeywordRules.Default.Hits(SituationWords.Of("procurement gave us an ultimatum"), Language.En));
    }
}
