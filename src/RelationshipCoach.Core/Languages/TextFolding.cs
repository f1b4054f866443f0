using System.Globalization;
using System.Text;

namespace RelationshipCoach.Core.Languages;

/// <summary>Lower-cases and strips accents so that "Ayúda", "ayuda" and "AYUDA" compare equal, as people type them.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Every message passes through here many times; plain ASCII (most of it) has no accents to strip.
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c == 'ß') sb.Append("ss");
            else sb.Append(char.ToLowerInvariant(c));
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
