using System.Globalization;
using System.Text;

namespace RelationshipCoach.Core.Languages;

/// <summary>Lower-cases and strips accents so that "Ayúda", "ayuda" and "AYUDA" compare equal, as people type them.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c == 'ß' ? "ss" : char.ToLowerInvariant(c).ToString());
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> Words(string text) =>
        Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words as written, unfolded, split where <see cref="Words"/> splits.</summary>
    public static IReadOnlyList<string> SplitWords(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators =
        [' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '¿', '¡', '/', '-', '–', '—', '…'];
}
