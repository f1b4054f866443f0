using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace RelationshipCoach.Core.Guidance;

/// <summary>What the model makes of one text: a probability per idea and how much each word pushed each idea.</summary>
internal sealed record IdeaPrediction(IReadOnlyList<string> Ideas, float[] Probabilities, double[][] WordCredit);

/// <summary>The trained ML.NET model that ranks the twelve ideas for a situation; safe to share between threads.</summary>
public sealed class IdeaClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly float[][] _weights;
    private readonly NgramAttribution _attribution;
    // PredictionEngine is not thread-safe; a small pool keeps concurrent chats from waiting on one another.
    private readonly ConcurrentBag<PredictionEngine<SituationRow, ModelOutput>> _engines = [];

    private IdeaClassifier(MLContext ml, ITransformer model, bool fromCache)
    {
        _ml = ml;
        _model = model;
        FromCache = fromCache;
        var schema = model.GetOutputSchema(InputSchema(ml));
        Ideas = SlotNames(schema["Score"]);
        _attribution = new NgramAttribution(SlotNames(schema["Features"]));
        _weights = ClassWeights(model);
    }

    /// <summary>The idea ids in the order of the model's probabilities.</summary>
    public IReadOnlyList<string> Ideas { get; }

    /// <summary>True when the model was read from the cache rather than trained in this process.</summary>
    public bool FromCache { get; }

    /// <summary>Reads the model cached for the shipped corpus from <paramref name="cacheDirectory"/>, or trains and caches it.</summary>
    public static IdeaClassifier LoadOrTrain(string cacheDirectory) => LoadOrTrain(cacheDirectory, TrainingCorpus.All);

    internal static IdeaClassifier LoadOrTrain(string cacheDirectory, IReadOnlyList<LabelledSituation> corpus)
    {
        var ml = new MLContext(seed: ClassifierTraining.Seed);
        var cache = new ModelCache(cacheDirectory, ClassifierTraining.PipelineVersion + ":" + TrainingCorpus.Fingerprint(corpus));
        if (cache.TryLoad(ml) is { } cached) return new IdeaClassifier(ml, cached, fromCache: true);
        var model = ClassifierTraining.Train(ml, corpus);
        cache.Save(ml, model, InputSchema(ml));
        return new IdeaClassifier(ml, model, fromCache: false);
    }

    internal IdeaPrediction Predict(SituationWords words)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<SituationRow, ModelOutput>(_model);
        try
        {
            var output = engine.Predict(new SituationRow { Text = words.ModelText });
            var features = new List<(int, float)>();
            foreach (var (slot, value) in output.Features.Items()) if (value != 0) features.Add((slot, value));
            return new IdeaPrediction(Ideas, output.Score, _attribution.Credit(words, features, _weights));
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static DataViewSchema InputSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<SituationRow>()).Schema;

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private static float[][] ClassWeights(ITransformer model)
    {
        var predictor = ((IEnumerable<ITransformer>)model).OfType<ISingleFeaturePredictionTransformer<object>>().Last();
        var parameters = (LinearMulticlassModelParametersBase)predictor.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out _);
        return weights.Select(w => w.DenseValues().ToArray()).ToArray();
    }

    /// <summary>The columns of the scored row the classifier reads back.</summary>
    private sealed class ModelOutput
    {
        public float[] Score { get; set; } = [];
        public VBuffer<float> Features { get; set; }
    }
}
