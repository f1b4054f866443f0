using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

[Collection(GuidanceCollection.Name)]
public sealed class SituationAnalyzerTests(AnalyzerFixture fixture)
{
    [Theory]
    [InlineData("procurement threatens to end the framework agreement unless we cut prices by 10%", IdeaIds.Autonomy)]
    [InlineData("we keep doing unpaid extra work for Contoso and get nothing in return", IdeaIds.Reciprocity)]
    [InlineData("Nach dem Telefonat mit Frau Schulz will ich die vereinbarten Schritte schriftlich bestätigen", IdeaIds.WrittenConfirmation)]
    [InlineData("el cliente siente que nuestras respuestas son plantillas sin alma", IdeaIds.Personalization)]
    [InlineData("proyek ERP ini perlu dibagi jadi beberapa fase supaya klien lihat kemajuan", IdeaIds.ProjectPhases)]
    [InlineData("Die Kollegin in Wien antwortet in einer Stunde, der Kollege in Graz nach einer Woche, die Kunden merken das", IdeaIds.Consistency)]
    public void Ranks_the_expected_idea_first(string text, string expected) =>
        Assert.Equal(expected, fixture.Analyzer.Analyze(text).Ranking[0].IdeaId);

    [Fact]
    public void Ranks_all_twelve_ideas_once_with_scores_that_are_probabilities()
    {
        var analysis = fixture.Analyzer.Analyze("Acme wants a discount again and hints at a competitor");
        Assert.Equal(IdeaIds.All.OrderBy(i => i), analysis.Ranking.Select(r => r.IdeaId).OrderBy(i => i));
        Assert.All(analysis.Ranking, r => Assert.InRange(r.Score, 0, 1));
        Assert.Equal(1.0, analysis.Ranking.Sum(r => r.Score), 6);
        Assert.Equal(analysis.Ranking.OrderByDescending(r => r.Score).Select(r => r.IdeaId), analysis.Ranking.Select(r => r.IdeaId));
    }

    [Fact]
    public void Same_text_gives_the_same_ranking_and_scores()
    {
        const string text = "Müller GmbH will, dass wir den Pilot allein zahlen";
        var first = fixture.Analyzer.Analyze(text);
        var second = fixture.Analyzer.Analyze(text);
        Assert.Equal(first.Ranking.Select(r => (r.IdeaId, r.Score)), second.Ranking.Select(r => (r.IdeaId, r.Score)));
    }

    [Theory]
    [InlineData("Der Einkauf stellt uns ein Ultimatum: 15 % Rabatt oder wir sind raus")]
    [InlineData("klien minta kami tanggung semua biaya uji coba")]
    [InlineData("our account manager promised May, now delivery says September")]
    public void Evidence_of_the_top_idea_is_words_of_the_text(string text)
    {
        var top = fixture.Analyzer.Analyze(text).Ranking[0];
        var words = TextFolding.SplitWords(text).ToHashSet();
        Assert.NotEmpty(top.Evidence);
        Assert.All(top.Evidence, e => Assert.Contains(e, words));
    }

    [Fact]
    public void Keyword_evidence_names_the_word_that_matched()
    {
        var autonomy = fixture.Analyzer.Analyze("Der Einkauf stellt uns ein Ultimatum").Ranking.Single(r => r.IdeaId == IdeaIds.Autonomy);
        Assert.Contains("Ultimatum", autonomy.Evidence);
    }

    [Fact]
    public void Uses_the_given_language_and_otherwise_detects_it()
    {
        Assert.Equal(Language.Es, fixture.Analyzer.Analyze("el cliente no contesta desde la reunión").Language);
        Assert.Equal(Language.Id, fixture.Analyzer.Analyze("the client never answers", Language.Id).Language);
    }

    [Fact]
    public void Empty_text_still_ranks_all_ideas_without_evidence()
    {
        var analysis = fixture.Analyzer.Analyze("");
        Assert.Equal(12, analysis.Ranking.Count);
        Assert.All(analysis.Ranking, r => Assert.Empty(r.Evidence));
    }
}
