namespace RelationshipCoach.Core.Time;

/// <summary>What a vocabulary word means to the time grammar.</summary>
internal enum W : byte
{
    Weekday, WeekdayPlural, Month, RelDay, Next, NextPost, This, Every, Other, Daily, Weekly, Monthly, Fortnightly,
    Workdays, WorkdaysAdverb, Weekend, Pod, Noon, Midnight, Unit, Am, Pm, At, On, In, Later, HalfPast, QuarterPast,
    QuarterTo, HalfBefore, ThreeQuarters, Past, To, Half, Quarter, Oclock, Num, Eod, NextWeek, NextMonth, And,
    Of, DayWord, Ignore, Ordinal, Once, Article, Range, From, ZoneSuffix,
}

/// <summary>Units a duration or an interval can be counted in.</summary>
internal enum Unit { Minute = 1, Hour, Day, Week, Month }

/// <summary>Parts of the day with a conventional default hour.</summary>
internal enum PartOfDay { Morning = 1, Midday, Afternoon, Evening, Night }

/// <summary>One meaning of a word; weak meanings only count next to a clear time expression.</summary>
internal readonly record struct Sem(W Kind, int Value, bool Weak);

internal enum LexKind : byte { Word, Number, Symbol }

/// <summary>A word, phrase, number or symbol of the input with its span in the original text.</summary>
internal sealed class Lexeme
{
    public int Start;
    public int End;
    public LexKind Kind;
    public string Text = "";
    public int Value;
    public int Digits;
    public bool SpaceBefore;
    public bool Capitalized;
    public Sem[] Sems = [];

    public bool Has(W kind) => Find(kind) is not null;

    public Sem? Find(W kind)
    {
        foreach (var s in Sems)
            if (s.Kind == kind) return s;
        return null;
    }

    public bool IsSymbol(char c) => Kind == LexKind.Symbol && Text[0] == c;
}
