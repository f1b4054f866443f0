using System.Text;

namespace RelationshipCoach.Core.Time;

/// <summary>Cuts recognized spans out of a message together with the little words that only served them.</summary>
internal static class TimeRemainder
{
    // Words that tie a time to the sentence ("by", "bis", "para", "sebelum"); left alone they make no sense.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "at", "on", "by", "in", "for", "until", "till", "before", "from", "the", "around",
        "um", "am", "bis", "ab", "gegen", "fur", "zum", "vor", "immer",
        "el", "a", "las", "la", "para", "de", "hasta", "en", "antes", "desde", "sobre",
        "jam", "pukul", "pada", "untuk", "sebelum", "sampai", "hari", "tanggal",
    };

    public static string Remove(string text, IReadOnlyList<TextSpan> spans)
    {
        if (spans.Count == 0) return text.Trim();
        var keep = new bool[text.Length];
        Array.Fill(keep, true);
        foreach (var span in spans)
        {
            for (var k = span.Start; k < span.End; k++) keep[k] = false;
            DropConnectorsBefore(text, span.Start, keep);
        }
        var sb = new StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
            if (keep[k]) sb.Append(text[k]);
        return Tidy(sb.ToString());
    }

    private static void DropConnectorsBefore(string text, int start, bool[] keep)
    {
        var end = start;
        while (true)
        {
            var k = end - 1;
            while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] == ',')) k--;
            var wordEnd = k + 1;
            while (k >= 0 && char.IsLetter(text[k])) k--;
            var wordStart = k + 1;
            if (wordStart == wordEnd) return;
            var word = Tokenizer.Tokenize(text[wordStart..wordEnd]);
            if (word.Count != 1 || !Connectors.Contains(word[0].Text)) return;
            for (var x = wordStart; x < wordEnd; x++) keep[x] = false;
            end = wordStart;
        }
    }

    private static string Tidy(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space && c is not (',' or '.' or '!' or '?')) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString().Trim().TrimEnd(',', ';', '-', ':').TrimStart(',', ';', '-', ':').Trim();
    }
}
