using RelationshipCoach.Core.Guidance;

namespace RelationshipCoach.Core.Languages;

/// <summary>
/// Character trigram statistics per language, learnt from the coach's own corpus of chat messages, so that
/// words in no list (client names aside) still lean towards the language whose spelling they share.
/// </summary>
internal sealed class LanguageProfiles
{
    private const double Smoothing = 0.5;

    private readonly Dictionary<string, double[]> _logProbability = new(StringComparer.Ordinal);
    private readonly double[] _unseen = new double[LanguageCodes.All.Count];

    private LanguageProfiles(IEnumerable<(Language Language, string Text)> samples)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var totals = new int[LanguageCodes.All.Count];
        foreach (var (language, text) in samples)
        {
            foreach (var gram in Trigrams(text))
            {
                if (!counts.TryGetValue(gram, out var perLanguage)) counts[gram] = perLanguage = new int[totals.Length];
                perLanguage[(int)language]++;
                totals[(int)language]++;
            }
        }
        var vocabulary = counts.Count + 1;
        for (var l = 0; l < totals.Length; l++) _unseen[l] = Math.Log(Smoothing / (totals[l] + Smoothing * vocabulary));
        foreach (var (gram, perLanguage) in counts)
        {
            _logProbability[gram] = perLanguage
                .Select((c, l) => Math.Log((c + Smoothing) / (totals[l] + Smoothing * vocabulary)))
                .ToArray();
        }
    }

    public static LanguageProfiles Default { get; } = new(
        TrainingCorpus.All.Select(s => (s.Language, s.Text))
            .Concat(CommonWords.ByLanguage.SelectMany(p => p.Value.Select(w => (p.Key, w)))));

    /// <summary>Adds each language's log-likelihood of the text's trigrams to <paramref name="scores"/>.</summary>
    public void Score(string text, double[] scores)
    {
        foreach (var gram in Trigrams(text))
        {
            var logs = _logProbability.TryGetValue(gram, out var known) ? known : _unseen;
            for (var l = 0; l < scores.Length; l++) scores[l] += logs[l];
        }
    }

    /// <summary>Trigrams of each lower-cased word padded with spaces; accents are kept, since "ñ" or "ü" tell languages apart.</summary>
    private static IEnumerable<string> Trigrams(string text)
    {
        foreach (var word in TextFolding.SplitWords(text.ToLowerInvariant()))
        {
            if (!word.Any(char.IsLetter)) continue;
            var padded = " " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++) yield return padded.Substring(i, 3);
        }
    }
}
