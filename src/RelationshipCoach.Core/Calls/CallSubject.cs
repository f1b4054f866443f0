using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Calls;

/// <summary>Splits what follows "call" into the client and the topic: "Acme about Q3 renewal", "Müller GmbH: Lieferverzug", "\"Grupo Sol\" precio".</summary>
public static class CallSubject
{
    public const int MaxClientLength = 100;
    public const int MaxTopicLength = 500;

    private static readonly string[] Connectors =
        ["about", "re", "regarding", "on", "wegen", "zu", "uber", "betreffend", "bezuglich", "sobre", "acerca", "por", "soal", "tentang", "mengenai", "terkait", "perihal"];

    private static readonly HashSet<string> CompanySuffixes =
        ["gmbh", "ag", "kg", "se", "ug", "inc", "ltd", "llc", "plc", "corp", "co", "sa", "sl", "sas", "srl", "cv", "tbk", "bv", "nv", "oy", "ab", "sarl", "spa"];

    /// <summary>"call with Acme", "Anruf mit Müller": the word for "with" is not part of the client's name.</summary>
    private static readonly HashSet<string> LeadingWith = ["with", "mit", "con", "dengan", "sama"];

    private static readonly HashSet<string> CompanyPrefixes = ["pt", "cv", "grupo", "bank", "banco", "the", "firma", "hotel", "toko"];

    public static (string? Client, string? Topic) Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return (null, null);
        if (text[0] is ':' or ',' or '-') return (null, Clean(text[1..]));
        if (text[0] is '"' or '“' or '«')
        {
            var close = text.IndexOfAny(['"', '”', '»'], 1);
            if (close > 1) return (Clean(text[1..close]), Clean(text[(close + 1)..]));
        }
        var colon = text.IndexOfAny([':', ',', '–', '—']);
        if (colon > 0) return (Clean(text[..colon]), Clean(text[(colon + 1)..]));
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0) return (Clean(text[..dash]), Clean(text[(dash + 3)..]));

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(w => TextFolding.Fold(w).Trim('.')).ToArray();
        if (words.Length > 1 && LeadingWith.Contains(folded[0]))
        {
            words = words[1..];
            folded = folded[1..];
        }
        var connector = Array.FindIndex(folded, 1, w => Connectors.Contains(w));
        if (connector > 0) return (Clean(string.Join(' ', words[..connector])), Clean(string.Join(' ', words[(connector + 1)..])));

        var clientWords = 1;
        if (CompanyPrefixes.Contains(folded[0]) && words.Length > 1) clientWords = 2;
        while (clientWords < words.Length && CompanySuffixes.Contains(folded[clientWords])) clientWords++;
        return (Clean(string.Join(' ', words[..clientWords])), Clean(string.Join(' ', words[clientWords..])));
    }

    private static string? Clean(string s)
    {
        var trimmed = s.Trim().Trim('"', '“', '”', '«', '»').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
