namespace RelationshipCoach.Core.Languages;

/// <summary>How likely each of the four languages is for a text, and the most likely one.</summary>
public sealed record LanguageGuess(Language? Best, IReadOnlyDictionary<Language, double> Probabilities)
{
    /// <summary>The probability of <see cref="Best"/>; 0 when the text gave no clue.</summary>
    public double Confidence => Best is { } best ? Probabilities[best] : 0;
}

/// <summary>
/// Guesses which of the four languages a chat message is written in: the language's common words weigh most
/// (they decide "hilfe" or "mis pendientes"), character trigrams break ties and carry longer messages.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Log-odds a common word adds to its language; several trigrams' worth, so function words outvote client names.</summary>
    private const double CommonWordWeight = 6.0;

    /// <summary>The most likely language, or null when the text gives no clue.</summary>
    public static Language? Detect(string text) => Guess(text).Best;

    public static LanguageGuess Guess(string text)
    {
        var words = TextFolding.Words(text).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count == 0) return new LanguageGuess(null, LanguageCodes.All.ToDictionary(l => l, _ => 0.25));

        var scores = new double[LanguageCodes.All.Count];
        LanguageProfiles.Default.Score(text, scores);
        foreach (var language in LanguageCodes.All)
        {
            var common = CommonWords.ByLanguage[language];
            scores[(int)language] += CommonWordWeight * words.Count(common.Contains);
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        var probabilities = LanguageCodes.All.ToDictionary(l => l, l => exp[(int)l] / sum);
        // Ties go to the earlier language in LanguageCodes.All, so the answer never depends on iteration luck.
        var best = LanguageCodes.All.First(l => scores[(int)l] == max);
        return new LanguageGuess(best, probabilities);
    }
}
