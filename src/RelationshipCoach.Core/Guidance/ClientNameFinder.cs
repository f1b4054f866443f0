using System.Text.RegularExpressions;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Finds the client a rep names in a situation ("Acme", "Müller GmbH", "Grupo Sol", "PT Maju Jaya").</summary>
/// <remarks>
/// Tried from the surest clue to the weakest: a legal form, then a word like "client" or "Kunde" in front of the name,
/// then a preposition. German capitalises every noun, so a capital letter after "mit" or "bei" says nothing there,
/// and the preposition clue is left out for German.
/// </remarks>
public static partial class ClientNameFinder
{
    private static readonly HashSet<string> NotNames =
    [
        "i", "we", "the", "our", "their", "my", "this", "that",
        "die", "der", "das", "den", "dem", "unser", "unsere", "unserem", "unseren",
        "la", "el", "los", "las", "nuestro", "nuestra", "su",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
        "bapak", "ibu", "bapak/ibu", "anda",
        "teams", "slack", "zoom", "email", "excel", "whatsapp",
        "procurement", "purchasing", "sales", "finance", "legal", "it", "hr", "ceo", "cfo", "cto", "coo",
        "q1", "q2", "q3", "q4",
    ];

    private static readonly string[] Articles =
        ["the", "our", "die", "der", "das", "den", "dem", "unsere", "unserer", "la", "el", "los", "las", "nuestro", "nuestra"];

    public static string? Find(string text, Language language)
    {
        foreach (var pattern in Patterns(language))
        {
            foreach (Match match in pattern.Matches(text))
            {
                var name = Clean(match.Groups["name"].Value);
                if (name is not null) return name;
            }
        }
        return null;
    }

    private static IEnumerable<Regex> Patterns(Language language)
    {
        yield return PrefixLegalForm();
        yield return SuffixLegalForm();
        yield return ClientWord();
        switch (language)
        {
            case Language.En: yield return EnglishPreposition(); break;
            case Language.Es: yield return SpanishPreposition(); break;
            case Language.Id: yield return IndonesianPreposition(); break;
        }
    }

    private static string? Clean(string raw)
    {
        var words = raw.Trim().TrimEnd('\'', '’').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Articles.Contains(TextFolding.Fold(words[0]))) words.RemoveAt(0);
        var name = string.Join(' ', words);
        if (name.EndsWith("'s") || name.EndsWith("’s")) name = name[..^2];
        return name.Length < 2 || NotNames.Contains(TextFolding.Fold(name)) ? null : name;
    }

    private const string Word = @"\p{Lu}[\p{L}\p{M}\d&'’-]*";
    private const string Name = Word + @"(?:\s+(?:&\s+)?" + Word + "){0,2}";

    [GeneratedRegex(@"\b(?<name>(?:PT|CV|Grupo|Group)\s+" + Name + ")")]
    private static partial Regex PrefixLegalForm();

    [GeneratedRegex(@"(?<name>" + Name + @"\s+(?:GmbH(?:\s+&\s+Co\.\s+KG)?|AG|KG|SE|Inc\.?|Ltd\.?|LLC|Corp\.?|plc|S\.A\.(?:\s+de\s+C\.V\.)?|SA|S\.L\.|SL|SAS|Tbk))(?![\p{L}\d])")]
    private static partial Regex SuffixLegalForm();

    [GeneratedRegex(@"(?i:\b(?:client|customer|account|Kunde|Kunden|Kundin|Firma|cliente|empresa|klien|pelanggan|perusahaan|nasabah))(?:\s+(?i:kami|kita|saya))?,?\s+(?<name>" + Name + ")")]
    private static partial Regex ClientWord();

    [GeneratedRegex(@"\b(?i:with|for|at|from)\s+(?<name>" + Name + ")")]
    private static partial Regex EnglishPreposition();

    [GeneratedRegex(@"\b(?i:con|para)\s+(?<name>" + Name + ")")]
    private static partial Regex SpanishPreposition();

    [GeneratedRegex(@"\b(?i:dengan|untuk)\s+(?<name>" + Name + ")")]
    private static partial Regex IndonesianPreposition();
}
