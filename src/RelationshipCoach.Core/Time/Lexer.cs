namespace RelationshipCoach.Core.Time;

/// <summary>Turns tokens into lexemes by attaching meanings, merging known phrases and forgiving typos.</summary>
internal static class Lexer
{
    public static Lexeme[] Lex(List<Lexeme> tokens, Lexicon lexicon, bool typos)
    {
        var result = new List<Lexeme>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind != LexKind.Word) { result.Add(t); i++; continue; }
            var phrase = MatchPhrase(tokens, i, lexicon);
            if (phrase is { } p)
            {
                var last = tokens[i + p.Words.Length - 1];
                result.Add(new Lexeme
                {
                    Start = t.Start, End = last.End, Kind = LexKind.Word, Text = string.Join(' ', p.Words),
                    SpaceBefore = t.SpaceBefore, Sems = p.Sems,
                });
                i += p.Words.Length;
                continue;
            }
            var sems = lexicon.TryWord(t.Text, out var exact) ? exact : typos ? lexicon.Typo(t.Text) : null;
            result.Add(sems is null ? t : new Lexeme
            {
                Start = t.Start, End = t.End, Kind = LexKind.Word, Text = t.Text, SpaceBefore = t.SpaceBefore, Sems = sems,
            });
            i++;
        }
        return [.. result];
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
