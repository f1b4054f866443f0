using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace RelationshipCoach.Core.Guidance.Classifier;

/// <summary>The text a rep wrote, folded, as the model sees it; IdeaId is only set when training.</summary>
internal sealed class SituationRow
{
    public string Text { get; set; } = "";
    public string IdeaId { get; set; } = "";
}

/// <summary>
/// Trains the idea classifier with ML.NET: word 1–2-grams and character 5-grams of the folded text into a
/// maximum-entropy (multinomial logistic) linear model, then takes the n-grams and weights out of it as an
/// <see cref="IdeaModel"/>, so serving a message needs neither ML.NET nor its copy of the weights.
/// </summary>
internal static class ClassifierTraining
{
    /// <summary>Bump when the pipeline changes, so cached models trained the old way are not reused.</summary>
    public const string PipelineVersion = "ideas-v3";

    public const int Seed = 20221214;

    private const string WordSlotPrefix = "Word.";
    private const string CharSlotPrefix = "Char.";
    private const char GramSeparator = '|';

    public static IdeaModel Train(IEnumerable<LabelledSituation> situations)
    {
        var ml = new MLContext(seed: Seed);
        return Export(Fit(ml, situations), InputSchema(ml));
    }

    /// <summary>The fitted ML.NET pipeline: the reference the served model is checked against.</summary>
    public static ITransformer Fit(MLContext ml, IEnumerable<LabelledSituation> situations)
    {
        var rows = situations.Select(s => new SituationRow { Text = SituationWords.Of(s.Text).ModelText, IdeaId = s.IdeaId }).ToList();
        return Pipeline(ml).Fit(ml.Data.LoadFromEnumerable(rows));
    }

    public static DataViewSchema InputSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<SituationRow>()).Schema;

    public static IdeaModel Export(ITransformer model, DataViewSchema inputSchema)
    {
        var schema = model.GetOutputSchema(inputSchema);
        var slots = SlotNames(schema["Features"]);
        // The featurizer puts the character n-grams' slots first, then the word n-grams'; the served model keeps that order.
        var charGrams = slots.TakeWhile(s => s.StartsWith(CharSlotPrefix, StringComparison.Ordinal)).ToArray();
        var wordGrams = slots.Skip(charGrams.Length).ToArray();
        if (wordGrams.Any(s => !s.StartsWith(WordSlotPrefix, StringComparison.Ordinal)))
            throw new InvalidOperationException("Expected the character n-grams' slots first, then the word n-grams'.");

        var predictor = ((IEnumerable<ITransformer>)model).OfType<ISingleFeaturePredictionTransformer<object>>().Last();
        var parameters = (LinearMulticlassModelParametersBase)predictor.Model;
        VBuffer<float>[] rows = [];
        parameters.GetWeights(ref rows, out var ideaCount);
        var weights = new float[slots.Length * ideaCount];
        for (var idea = 0; idea < ideaCount; idea++)
        {
            foreach (var (slot, weight) in rows[idea].Items()) weights[slot * ideaCount + idea] = weight;
        }
        return new IdeaModel(
            SlotNames(schema["Score"]),
            parameters.GetBiases().ToArray(),
            charGrams.Select(s => string.Concat(s[CharSlotPrefix.Length..].Split(GramSeparator).Select(DecodeChar))).ToArray(),
            wordGrams.Select(s => s[WordSlotPrefix.Length..].Replace(GramSeparator, ' ')).ToArray(),
            weights);
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml)
    {
        var featurizing = new TextFeaturizingEstimator.Options
        {
            // SituationWords already folded the text and dropped punctuation and numbers; changing it again here
            // would break the mapping from n-grams back to the rep's words.
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            // Raw counts: with L2 norm the many character n-grams drown the few word n-grams of a short message.
            Norm = TextFeaturizingEstimator.NormFunction.None,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = IdeaModel.CharGramLength, UseAllLengths = false },
        };
        // One thread: summing gradients in a fixed order keeps the trained weights, and so the ranking, reproducible.
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, L2Regularization = 0.01f, L1Regularization = 0 };
        return ml.Transforms.Conversion.MapValueToKey("Label", nameof(SituationRow.IdeaId), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizing, nameof(SituationRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer));
    }

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>ML.NET names a space and its start and end marks by their control pictures.</summary>
    private static string DecodeChar(string token) => token switch
    {
        "<␠>" => " ",
        "<␂>" => IdeaModel.TextStart.ToString(),
        "<␃>" => IdeaModel.TextEnd.ToString(),
        _ => token,
    };
}
