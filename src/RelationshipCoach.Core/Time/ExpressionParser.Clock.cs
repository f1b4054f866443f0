using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class ExpressionParser
{
    private int TryClock(int i, Draft d)
    {
        if (d.HasTime) return -1;
        var j = i;
        var connector = false;
        while (Is(j, W.At) || IsSymbol(j, '@'))
        {
            connector = true;
            j++;
        }
        var c = new Clock();
        var end = Spoken(j, connector, ref c);
        if (end < 0) end = Digital(j, connector, ref c);
        if (end < 0) return -1;
        end = Meridiem(end, ref c);
        while (Is(end, W.ZoneSuffix)) end++;
        if (!c.Valid) return -1;
        d.Hour = c.Hour;
        d.Minute = c.Minute;
        d.HourShift = c.Shift;
        d.Am = c.Am;
        d.Pm = c.Pm;
        d.Clock24 = c.Clock24;
        d.Strong |= c.Strong;
        return end;
    }

    private struct Clock
    {
        public int Hour, Minute, Shift;
        public bool Am, Pm, Clock24, Strong;
        public readonly bool Valid => Hour is >= 0 and <= 24 && Minute is >= 0 and <= 59;
    }

    /// <summary>Noon, midnight and spoken forms: "half past 3", "quarter to 9", "halb vier", "viertel nach drei", "setengah empat".</summary>
    private int Spoken(int j, bool connector, ref Clock c)
    {
        if (Get(j, W.Noon) is { } noon)
        {
            c.Hour = 12; c.Clock24 = true; c.Strong = !noon.Weak || connector;
            return j + 1;
        }
        if (Is(j, W.Midnight))
        {
            c.Hour = 0; c.Clock24 = true; c.Strong = true;
            return j + 1;
        }
        int minute, shift;
        if (Is(j, W.HalfPast)) (minute, shift) = (30, 0);
        else if (Is(j, W.QuarterPast)) (minute, shift) = (15, 0);
        else if (Is(j, W.QuarterTo) || Is(j, W.ThreeQuarters)) (minute, shift) = (45, -1);
        else if (Is(j, W.HalfBefore)) (minute, shift) = (30, -1);
        else if (lex.Language == Language.En && (connector || l[j].Kind == LexKind.Word) && TryCount(j, false, out var m) && m is > 0 and < 60 && m % 5 == 0
                 && (Is(j + 1, W.Past) || Is(j + 1, W.To)) && !Is(j + 3, W.Unit))
        {
            (minute, shift) = Is(j + 1, W.Past) ? (m, 0) : (60 - m, -1);
            j++;
        }
        else return -1;
        if (!TryHour(j + 1, out var hour, out _, out _) || hour is < 1 or > 12) return -1;
        c.Hour = hour; c.Minute = minute; c.Shift = shift; c.Strong = true;
        var end = j + 2;
        if (Is(end, W.Oclock)) end++;
        return end;
    }

    /// <summary>"15:30", "15.30 Uhr", "3pm", "15 Uhr 30", "at 3", "a las 3 y media", "jam 3 lewat 15".</summary>
    private int Digital(int j, bool connector, ref Clock c)
    {
        if (!TryHour(j, out var hour, out var word, out var leadingZero)) return -1;
        var end = j + 1;
        var minutes = false;
        var dotted = false;
        if ((TightSymbol(end, ':') || TightSymbol(end, '.')) && IsNumber(end + 1) && Tight(end + 1) && l[end + 1].Digits == 2 && !word)
        {
            dotted = l[end].IsSymbol('.');
            c.Minute = l[end + 1].Value;
            minutes = true;
            end += 2;
        }
        var oclock = false;
        if (Is(end, W.Oclock) && !(Is(end, W.Unit) && !connector && !Tight(end)))
        {
            oclock = true;
            end++;
            if (!minutes && lex.Language == Language.De && IsNumber(end) && l[end].Value < 60 && !Is(end + 1, W.Unit))
            {
                c.Minute = l[end].Value;
                minutes = true;
                end++;
            }
        }
        if (!minutes) end = SpokenMinutes(end, ref c, ref minutes);
        var meridiem = Is(end, W.Am) || Is(end, W.Pm) || MeridiemDots(end) > 0;
        var podFollows = !word && PodFollows(end);
        if (dotted && !(connector || oclock || meridiem)) return -1;
        if (!(connector || (minutes && !dotted) || oclock || meridiem || podFollows)) return -1;
        if (word && !(connector || oclock || meridiem)) return -1;
        if (minutes && l[j].Kind == LexKind.Number && hour > 23) return -1;
        if (!minutes && !oclock && !meridiem && CountsSomething(end)) return -1;
        c.Hour = hour;
        c.Clock24 = (minutes || oclock) && (hour >= 13 || hour == 0 || leadingZero);
        c.Strong = true;
        return end;
    }

    // "um 12 Prozent", "at 3 percent", "um 3 Tage": the number counts something, it is not a clock time.
    private static readonly HashSet<string> QuantityWords = new(StringComparer.Ordinal)
    {
        "percent", "prozent", "persen", "porciento", "euro", "euros", "eur", "dollar", "dollars", "usd", "rupiah", "rp", "pesos",
        "stuck", "mal", "veces", "kali", "times", "grad", "degrees", "prozentpunkte", "punkte", "points", "puntos", "poin",
    };

    private bool CountsSomething(int k) =>
        k < l.Length && (l[k].IsSymbol('%') || l[k].IsSymbol('€') || l[k].IsSymbol('$') || (Is(k, W.Unit) && !Is(k, W.At) && !Is(k, W.Oclock))
                         || (l[k].Kind == LexKind.Word && QuantityWords.Contains(l[k].Text)));

    private bool PodFollows(int end)
    {
        if (Get(end, W.Pod) is not { } pod || Is(end, W.RelDay)) return false;
        return !pod.Weak || lex.Language == Language.En;
    }

    /// <summary>Minutes spoken after the hour: "y media", "y cuarto", "menos cuarto", "lewat 15 menit", "kurang seperempat".</summary>
    private int SpokenMinutes(int end, ref Clock c, ref bool minutes)
    {
        if (lex.Language is not (Language.Es or Language.Id)) return end;
        var past = Is(end, W.Past);
        if (!past && !Is(end, W.To)) return end;
        int value;
        var k = end + 1;
        if (Get(k, W.Half) is { Value: 50 }) value = 30;
        else if (Is(k, W.Quarter)) value = 15;
        else if (TryCount(k, false, out value) && value is > 0 and < 60 && (l[k].Kind == LexKind.Word || !Is(k + 1, W.Unit) || Get(k + 1, W.Unit)?.Value == (int)Unit.Minute)) { }
        else return end;
        k++;
        if (Get(k, W.Unit)?.Value == (int)Unit.Minute) k++;
        if (past) c.Minute = value;
        else { c.Minute = 60 - value; c.Shift = -1; }
        minutes = true;
        return k;
    }

    private int Meridiem(int end, ref Clock c)
    {
        if (Is(end, W.Am)) { c.Am = true; return end + 1; }
        if (Is(end, W.Pm)) { c.Pm = true; return end + 1; }
        var dots = MeridiemDots(end);
        if (dots > 0)
        {
            if (l[end].Text == "a") c.Am = true; else c.Pm = true;
            return end + dots;
        }
        return end;
    }

    /// <summary>"a.m." and "p. m." arrive as letters and dots.</summary>
    private int MeridiemDots(int end)
    {
        if (lex.Language is not (Language.En or Language.Es) || end + 2 >= l.Length) return 0;
        if (l[end].Text is not ("a" or "p") || !l[end + 1].IsSymbol('.') || l[end + 2].Text != "m") return 0;
        return TightSymbol(end + 3, '.') ? 4 : 3;
    }
}
