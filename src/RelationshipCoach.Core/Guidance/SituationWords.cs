using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// The words of a situation as the rep wrote them and folded, side by side, so evidence found on folded
/// n-grams can be shown in the rep's own spelling.
/// </summary>
internal sealed class SituationWords
{
    private SituationWords(IReadOnlyList<string> written, IReadOnlyList<string> folded)
    {
        Written = written;
        Folded = folded;
        ModelText = string.Join(' ', folded);
    }

    /// <summary>Each word as typed.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>Each word folded; the same index as <see cref="Written"/>.</summary>
    public IReadOnlyList<string> Folded { get; }

    /// <summary>The folded words joined by single spaces: exactly what the model featurizes, so n-grams map back to words.</summary>
    public string ModelText { get; }

    /// <summary>Whether the word at a position is one of the four languages' common words, too plain to show as evidence.</summary>
    public bool IsCommon(int position) => CommonFolded.Contains(Folded[position]);

    private static readonly HashSet<string> CommonFolded = CommonWords.ByLanguage.Values.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);

    public static SituationWords Of(string text)
    {
        var written = new List<string>();
        var folded = new List<string>();
        foreach (var word in TextFolding.SplitWords(text))
        {
            // Quotes and symbols glued to a word would make the model's n-grams differ from the words shown as evidence.
            var f = new string(TextFolding.Fold(word).Where(char.IsLetterOrDigit).ToArray());
            // Numbers and amounts differ in every message and say nothing about which idea applies.
            if (!f.Any(char.IsLetter)) continue;
            written.Add(word);
            folded.Add(f);
        }
        return new SituationWords(written, folded);
    }
}
