namespace RelationshipCoach.Core.Time;

/// <summary>Turns tokens into lexemes by attaching meanings, merging known phrases and forgiving typos.</summary>
internal static class Lexer
{
    // A word after a title is a surname: "Herr Morgen", "Frau Sonntag", "Pak Senin", "Sr. Domingo".
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "herr", "frau", "hr", "fr", "sr", "sra", "srta", "senor", "senora", "don", "dona",
        "pak", "bu", "ibu", "bapak", "mas", "mbak", "bung",
    };

    public static Lexeme[] Lex(List<Lexeme> tokens, Lexicon lexicon, bool typos)
    {
        var result = new List<Lexeme>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind != LexKind.Word || AfterHonorific(tokens, i)) { result.Add(t); i++; continue; }
            var phrase = MatchPhrase(tokens, i, lexicon);
            if (phrase is { } p)
            {
                var last = tokens[i + p.Words.Length - 1];
                result.Add(new Lexeme
                {
                    Start = t.Start, End = last.End, Kind = LexKind.Word, Text = string.Join(' ', p.Words),
                    SpaceBefore = t.SpaceBefore, Capitalized = t.Capitalized, Sems = p.Sems,
                });
                i += p.Words.Length;
                continue;
            }
            var sems = lexicon.TryWord(t.Text, out var exact) ? exact : typos ? lexicon.Typo(t.Text) : null;
            result.Add(sems is null ? t : new Lexeme
            {
                Start = t.Start, End = t.End, Kind = LexKind.Word, Text = t.Text, SpaceBefore = t.SpaceBefore, Capitalized = t.Capitalized, Sems = sems,
            });
            i++;
        }
        return [.. result];
    }

    private static bool AfterHonorific(List<Lexeme> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].IsSymbol('.')) k--;
        return k >= 0 && tokens[k].Kind == LexKind.Word && Honorifics.Contains(tokens[k].Text);
    }

    private static (string[] Words, Sem[] Sems)? MatchPhrase(List<Lexeme> tokens, int i, Lexicon lexicon)
    {
        var candidates = lexicon.PhrasesStartingWith(tokens[i].Text);
        if (candidates is null) return null;
        foreach (var candidate in candidates)
        {
            if (i + candidate.Words.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 1; k < candidate.Words.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.Kind == LexKind.Word && t.Text == candidate.Words[k];
            }
            if (ok) return candidate;
        }
        return null;
    }
}
