using RelationshipCoach.Core.Guidance.Classifier;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// Ranks the twelve ideas for a situation: the classifier's probabilities, nudged by keyword rules for the
/// situation's language, renormalised so the scores stay probabilities a caller can threshold.
/// </summary>
public sealed class SituationAnalyzer(IdeaClassifier classifier, KeywordRules rules) : ISituationAnalyzer
{
    /// <summary>Where the trained model is cached when no directory is given, relative to the working directory.</summary>
    public const string DefaultCacheDirectory = "data";

    /// <summary>Probability mass added per matching keyword pattern, before renormalising.</summary>
    private const double KeywordBoost = 0.25;

    /// <summary>More patterns than this say no more than this many; it keeps a keyword-heavy sentence from drowning the model.</summary>
    private const int MaxBoostedPatterns = 3;

    private const int MaxModelEvidence = 3;

    private readonly IReadOnlyList<int> _ideaOrder = IdeaIds.All.Select(id => classifier.Ideas.ToList().IndexOf(id)).ToArray();

    public IdeaClassifier Classifier { get; } = classifier;

    /// <summary>An analyzer over the shipped corpus and keyword rules, its model read from (or trained into) the cache directory.</summary>
    public static SituationAnalyzer LoadOrTrain(string? cacheDirectory = null) =>
        new(IdeaClassifier.LoadOrTrain(cacheDirectory ?? DefaultCacheDirectory), KeywordRules.Default);

    public SituationAnalysis Analyze(string text, Language? language = null)
    {
        var lang = language ?? LanguageDetector.Detect(text) ?? Language.En;
        var words = SituationWords.Of(text);
        var prediction = Classifier.Predict(words);
        var hits = rules.Hits(words, lang);

        var raw = new double[IdeaIds.All.Count];
        for (var i = 0; i < raw.Length; i++)
        {
            var patterns = hits.TryGetValue(IdeaIds.All[i], out var hit) ? Math.Min(hit.Patterns, MaxBoostedPatterns) : 0;
            raw[i] = prediction.Probabilities[_ideaOrder[i]] + KeywordBoost * patterns;
        }
        var total = raw.Sum();

        // Ties keep the ideas' canonical order, so equal scores still rank the same way every time.
        var ranking = Enumerable.Range(0, raw.Length)
            .OrderByDescending(i => raw[i])
            .ThenBy(i => i)
            .Select(i => new RankedIdea(IdeaIds.All[i], raw[i] / total, Evidence(words, hits.GetValueOrDefault(IdeaIds.All[i]), prediction.WordCredit[_ideaOrder[i]])))
            .ToList();
        return new SituationAnalysis(lang, ranking);
    }

    /// <summary>The words that matched the idea's keywords, then the words the model credited most for it, as the rep wrote them.</summary>
    private static IReadOnlyList<string> Evidence(SituationWords words, KeywordHit? hit, double[] credit)
    {
        var keywordWords = hit?.Words ?? new HashSet<int>();
        var modelWords = Enumerable.Range(0, credit.Length)
            .Where(w => credit[w] > 0 && !keywordWords.Contains(w) && !words.IsCommon(w))
            .OrderByDescending(w => credit[w])
            .ThenBy(w => w)
            .Take(MaxModelEvidence);
        return keywordWords.Concat(modelWords)
            .DistinctBy(w => words.Folded[w])
            .Select(w => words.Written[w])
            .ToList();
    }
}
