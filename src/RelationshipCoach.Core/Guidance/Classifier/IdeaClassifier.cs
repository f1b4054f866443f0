namespace RelationshipCoach.Core.Guidance.Classifier;

/// <summary>What the model makes of one text: a probability per idea and how much each word pushed each idea.</summary>
internal sealed record IdeaPrediction(IReadOnlyList<string> Ideas, float[] Probabilities, double[][] WordCredit);

/// <summary>The trained model that ranks the twelve ideas for a situation; immutable, so safe to share between threads.</summary>
public sealed class IdeaClassifier
{
    private readonly IdeaModel _model;

    private IdeaClassifier(IdeaModel model, bool fromCache)
    {
        _model = model;
        FromCache = fromCache;
    }

    /// <summary>The idea ids in the order of the model's probabilities.</summary>
    public IReadOnlyList<string> Ideas => _model.Ideas;

    /// <summary>True when the model was read from the cache rather than trained in this process.</summary>
    public bool FromCache { get; }

    /// <summary>Reads the model cached for the shipped corpus from <paramref name="cacheDirectory"/>, or trains and caches it.</summary>
    public static IdeaClassifier LoadOrTrain(string cacheDirectory) => LoadOrTrain(cacheDirectory, TrainingCorpus.All);

    internal static IdeaClassifier LoadOrTrain(string cacheDirectory, IReadOnlyList<LabelledSituation> corpus)
    {
        var cache = new ModelCache(cacheDirectory, ClassifierTraining.PipelineVersion + ":" + TrainingCorpus.Fingerprint(corpus));
        if (cache.TryLoad() is { } cached) return new IdeaClassifier(cached, fromCache: true);
        // Only here is ML.NET loaded: a process that finds the model cached never pays for its assemblies.
        var model = ClassifierTraining.Train(corpus);
        cache.Save(model);
        return new IdeaClassifier(model, fromCache: false);
    }

    internal IdeaPrediction Predict(SituationWords words)
    {
        var ngrams = NgramCounts.Of(words, _model);
        return new IdeaPrediction(Ideas, _model.Probabilities(ngrams.Select(n => (n.Slot, n.Count))), WordCredit.Of(words, ngrams, _model));
    }
}
