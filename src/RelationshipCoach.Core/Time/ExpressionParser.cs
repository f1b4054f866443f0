namespace RelationshipCoach.Core.Time;

/// <summary>One run of adjacent pieces (date, clock, part of day, ...) that together form a time expression.</summary>
internal sealed record Chain(int First, int End, Draft Draft);

/// <summary>Finds chains of time pieces in lexemes; each Try* piece parser writes to the draft only when it succeeds.</summary>
internal sealed partial class ExpressionParser(Lexeme[] lexemes, Lexicon lexicon)
{
    private readonly Lexeme[] l = lexemes;
    private readonly Lexicon lex = lexicon;

    private delegate int Piece(int i, Draft d);

    public List<Chain> FindChains()
    {
        var chains = new List<Chain>();
        Piece[] pieces = [TryRecurrence, TryDuration, TryEod, TryWeekScope, TryRelDay, TryDate, TryWeekday, TryClock, TryPartOfDay];
        var i = 0;
        while (i < l.Length)
        {
            var chain = TryChain(i, pieces);
            if (chain is null) { i++; continue; }
            chains.Add(chain);
            i = chain.End;
        }
        return chains;
    }

    private Chain? TryChain(int start, Piece[] pieces)
    {
        if (!CanStart(start)) return null;
        var draft = new Draft();
        var end = start;
        while (true)
        {
            var k = draft.Pieces == 0 ? end : SkipJoiners(end);
            if (k >= l.Length || !CanStart(k)) break;
            var next = -1;
            foreach (var piece in pieces)
            {
                next = piece(k, draft);
                if (next > k) break;
            }
            if (next <= k) break;
            draft.Pieces++;
            end = next;
        }
        return draft.Pieces > 0 && draft.Strong ? new Chain(start, end, draft) : null;
    }

    private bool CanStart(int i)
    {
        var x = l[i];
        return x.Kind == LexKind.Number || x.IsSymbol('@') || (x.Kind == LexKind.Word && x.Sems.Length > 0 && !x.Has(W.Ignore));
    }

    private int SkipJoiners(int i)
    {
        while (i < l.Length && (l[i].IsSymbol(',') || l[i].IsSymbol('-'))) i++;
        return i;
    }

    private bool Is(int i, W kind) => i < l.Length && l[i].Kind == LexKind.Word && l[i].Has(kind);

    private Sem? Get(int i, W kind) => i < l.Length && l[i].Kind == LexKind.Word ? l[i].Find(kind) : null;

    private bool IsNumber(int i, int maxDigits = 2) => i < l.Length && l[i].Kind == LexKind.Number && l[i].Digits <= maxDigits;

    private bool Tight(int i) => i < l.Length && !l[i].SpaceBefore;

    private bool TightSymbol(int i, char c) => i < l.Length && l[i].IsSymbol(c) && !l[i].SpaceBefore;

    private bool IsSymbol(int i, char c) => i < l.Length && l[i].IsSymbol(c);

    /// <summary>A digit number or a spelled-out number word (weak words like "a" only when allowed).</summary>
    private bool TryCount(int i, bool allowWeak, out int value)
    {
        value = 0;
        if (i >= l.Length) return false;
        if (l[i].Kind == LexKind.Number && l[i].Digits <= 3) { value = l[i].Value; return true; }
        if (Get(i, W.Num) is { } n && (allowWeak || !n.Weak)) { value = n.Value; return true; }
        return false;
    }

    /// <summary>An hour as typed: 0–24 in digits, or a number word 1–12.</summary>
    private bool TryHour(int i, out int hour, out bool word, out bool leadingZero)
    {
        hour = 0; word = false; leadingZero = false;
        if (i >= l.Length) return false;
        if (l[i].Kind == LexKind.Number)
        {
            if (l[i].Digits > 2 || l[i].Value > 24) return false;
            hour = l[i].Value;
            leadingZero = l[i].Digits == 2 && l[i].Text[0] == '0';
            return !(Tight(i + 1) && l[i + 1].Kind == LexKind.Number);
        }
        if (Get(i, W.Num) is { Weak: false } n && n.Value is >= 1 and <= 12)
        {
            hour = n.Value; word = true;
            return true;
        }
        return false;
    }
}
