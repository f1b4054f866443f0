using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Guidance.Classifier;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

[Collection(GuidanceCollection.Name)]
public sealed class ModelCacheTests(AnalyzerFixture fixture) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "guidance-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void A_cached_model_is_reused_and_ranks_exactly_like_the_trained_one()
    {
        var reloaded = new SituationAnalyzer(IdeaClassifier.LoadOrTrain(fixture.CacheDirectory), KeywordRules.Default);
        Assert.True(reloaded.Classifier.FromCache);
        const string text = "klien minta kami tanggung semua biaya uji coba";
        Assert.Equal(
            fixture.Analyzer.Analyze(text).Ranking.Select(r => (r.IdeaId, r.Score)),
            reloaded.Analyze(text).Ranking.Select(r => (r.IdeaId, r.Score)));
    }

    [Fact]
    public void A_changed_corpus_is_trained_again_and_an_unchanged_one_is_not()
    {
        var corpus = TinyCorpus("offer");
        Assert.False(IdeaClassifier.LoadOrTrain(_directory, corpus).FromCache);
        Assert.True(IdeaClassifier.LoadOrTrain(_directory, corpus).FromCache);
        Assert.False(IdeaClassifier.LoadOrTrain(_directory, TinyCorpus("proposal")).FromCache);
        Assert.Single(Directory.GetFiles(_directory, "*.bin"));
    }

    private static IReadOnlyList<LabelledSituation> TinyCorpus(string word) =>
        IdeaIds.All.SelectMany(id => new[]
        {
            new LabelledSituation(id, Language.En, $"{id} {word} one"),
            new LabelledSituation(id, Language.En, $"{id} {word} two"),
        }).ToList();
}
