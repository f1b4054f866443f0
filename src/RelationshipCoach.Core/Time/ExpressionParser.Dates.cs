using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class ExpressionParser
{
    private int TryDate(int i, Draft d)
    {
        var j = i;
        var on = false;
        var dayOnlyMarker = false;
        while (Is(j, W.On) && !Is(j, W.Weekday))
        {
            on = true;
            dayOnlyMarker |= l[j].Text is "el dia" or "tanggal" or "tgl" or "pada tanggal";
            j++;
        }
        int end;
        int? year = null, month = null;
        int day;
        bool strong;
        if ((end = MonthFirst(j, out day, out var m1, out year, out strong)) > 0) month = m1;
        else if ((end = DayFirst(j, out day, out var m2, out year, out strong)) > 0) month = m2;
        else if ((end = Numeric(j, out day, out var m3, out year)) > 0) { month = m3; strong = true; }
        else if ((on || d.Recurring) && (end = DayOnly(j, dayOnlyMarker, out day)) > 0) strong = true;
        else return -1;

        if (d.Recurring)
        {
            if (month is not null || d.ByMonthDay is not null || d.Frequency is Frequency.Weekly) return -1;
            d.Frequency = Frequency.Monthly;
            d.ByMonthDay = day;
            return end;
        }
        if (d.Day is not null || d.DayOffset is not null || d.NextWeek || d.NextMonth) return -1;
        d.Day = day;
        d.Month = month;
        d.Year = year;
        d.Weekday = null;
        d.Strong |= strong;
        return end;
    }

    private int Year(int i, out int? year)
    {
        year = null;
        var j = i;
        if (IsSymbol(j, ',') || Is(j, W.Of)) j++;
        if (IsNumber(j, 4) && l[j].Digits == 4 && l[j].Value is >= 1900 and <= 2200 && !TightSymbol(j + 1, ':'))
        {
            year = l[j].Value;
            return j + 1;
        }
        return i;
    }

    private static bool MonthIsStrong(Lexeme month, Sem sem) => !sem.Weak || month.Text.Length >= 6;

    /// <summary>"Dec 3", "December 3rd, 2026" (English order).</summary>
    private int MonthFirst(int i, out int day, out int month, out int? year, out bool strong)
    {
        day = month = 0; year = null; strong = false;
        if (lex.Language != Language.En || Get(i, W.Month) is not { } m) return -1;
        var j = i + 1;
        if (TightSymbol(j, '.')) j++;
        if (!IsNumber(j) || l[j].Value is < 1 or > 31 || TightSymbol(j + 1, ':') || TightSymbol(j + 1, '.') || TightSymbol(j + 1, '/')) return -1;
        day = l[j].Value;
        j++;
        if (Tight(j) && Is(j, W.Ordinal)) j++;
        else if (Tight(j) && j < l.Length && l[j].Kind == LexKind.Word) return -1;
        month = m.Value;
        strong = MonthIsStrong(l[i], m);
        return Year(j, out year);
    }

    /// <summary>"3 Dec", "3rd of December", "3. Dezember", "3 de diciembre de 2026", "3 Desember".</summary>
    private int DayFirst(int i, out int day, out int month, out int? year, out bool strong)
    {
        day = month = 0; year = null; strong = false;
        if (!IsNumber(i) || l[i].Value is < 1 or > 31) return -1;
        var j = i + 1;
        if (TightSymbol(j, '.')) j++;
        else if (Tight(j) && Is(j, W.Ordinal)) j++;
        if (Is(j, W.Of)) j++;
        if (Get(j, W.Month) is not { } m) return -1;
        day = l[i].Value;
        month = m.Value;
        strong = MonthIsStrong(l[j], m);
        j++;
        if (TightSymbol(j, '.')) j++;
        return Year(j, out year);
    }

    /// <summary>"2026-12-03", "3.12.", "3.12.2026", "3/12" (day first) and "12/3" (English, month first).</summary>
    private int Numeric(int i, out int day, out int month, out int? year)
    {
        day = month = 0; year = null;
        if (i > 0 && Tight(i) && (l[i - 1].Kind == LexKind.Number || l[i - 1].IsSymbol('.') || l[i - 1].IsSymbol('/'))) return -1;
        if (IsNumber(i, 4) && l[i].Digits == 4 && TightSymbol(i + 1, '-') && IsNumber(i + 2) && Tight(i + 2)
            && TightSymbol(i + 3, '-') && IsNumber(i + 4) && Tight(i + 4))
        {
            year = l[i].Value; month = l[i + 2].Value; day = l[i + 4].Value;
            return Ends(i + 5) && Valid(day, month) ? i + 5 : -1;
        }
        if (!IsNumber(i)) return -1;
        var sep = i + 1 < l.Length && !l[i + 1].SpaceBefore && l[i + 1].Kind == LexKind.Symbol ? l[i + 1].Text[0] : '\0';
        if (sep is not ('.' or '/') || (sep == '.' && lex.Language == Language.En)) return -1;
        if (!IsNumber(i + 2) || !Tight(i + 2)) return -1;
        int first = l[i].Value, second = l[i + 2].Value;
        var j = i + 3;
        var trailing = false;
        if (TightSymbol(j, sep))
        {
            j++;
            trailing = true;
            if (Tight(j) && j < l.Length && l[j].Kind == LexKind.Number)
            {
                if (l[j].Digits is not (2 or 4)) return -1;
                year = l[j].Digits == 2 ? 2000 + l[j].Value : l[j].Value;
                j++;
            }
        }
        if (!Ends(j) || FollowedByClockWord(j) || (i > 0 && Is(i - 1, W.At))) return -1;
        if (sep == '.' && !trailing && !(i > 0 && Is(i - 1, W.On))) return -1;
        if (sep == '/' && !trailing && first == 24 && second == 7) return -1;
        (day, month) = lex.MonthFirst && sep == '/' ? (second, first) : (first, second);
        return Valid(day, month) ? j : -1;
    }

    private bool Ends(int j) =>
        j >= l.Length || l[j].SpaceBefore || (l[j].Kind == LexKind.Symbol && !l[j].IsSymbol('.') && !l[j].IsSymbol('/') && !l[j].IsSymbol('%') && !l[j].IsSymbol(':') && !l[j].IsSymbol('-'));

    private bool FollowedByClockWord(int j) => Is(j, W.Oclock) || Is(j, W.Am) || Is(j, W.Pm) || (Is(j, W.Unit) && !Is(j, W.At));

    private static bool Valid(int day, int month) => month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(month);

    private static int DaysIn(int month) => month switch { 2 => 29, 4 or 6 or 9 or 11 => 30, _ => 31 };

    /// <summary>"the 3rd", "am 3.", "el día 3", "tanggal 3": a day of the month without the month.</summary>
    private int DayOnly(int i, bool marker, out int day)
    {
        day = 0;
        if (!IsNumber(i) || l[i].Value is < 1 or > 31) return -1;
        var j = i + 1;
        if (Tight(j) && Is(j, W.Ordinal)) j++;
        else if (lex.Language == Language.De && TightSymbol(j, '.') && !(j + 1 < l.Length && l[j + 1].Kind == LexKind.Number)) j++;
        else if (!marker) return -1;
        day = l[i].Value;
        return j;
    }
}
