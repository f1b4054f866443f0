using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace RelationshipCoach.Core.Guidance;

/// <summary>The text a rep wrote, folded, as the model sees it; IdeaId is only set when training.</summary>
internal sealed class SituationRow
{
    public string Text { get; set; } = "";
    public string IdeaId { get; set; } = "";
}

/// <summary>Trains the idea classifier: word 1–2-grams and character 5-grams of the folded text into a maximum-entropy (multinomial logistic) linear model.</summary>
internal static class ClassifierTraining
{
    /// <summary>Bump when the pipeline changes, so cached models trained the old way are not reused.</summary>
    public const string PipelineVersion = "ideas-v3";

    public const int Seed = 20221214;

    public static ITransformer Train(MLContext ml, IEnumerable<LabelledSituation> situations)
    {
        var rows = situations.Select(s => new SituationRow { Text = SituationWords.Of(s.Text).ModelText, IdeaId = s.IdeaId }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        return Pipeline(ml).Fit(data);
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
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = false },
        };
        // One thread: summing gradients in a fixed order keeps the trained weights, and so the ranking, reproducible.
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, L2Regularization = 0.01f, L1Regularization = 0 };
        return ml.Transforms.Conversion.MapValueToKey("Label", nameof(SituationRow.IdeaId), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizing, nameof(SituationRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer));
    }
}
