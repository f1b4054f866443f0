using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class ExpressionParser
{
    private static readonly IsoDayOfWeek[] Workweek =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private int TryRecurrence(int i, Draft d)
    {
        if (d.Recurring || d.HasDate || d.Duration is not null) return -1;
        var r = new Draft();
        var end = Every(i, r);
        if (end < 0) end = Adverbial(i, r);
        if (end < 0) end = Range(i, r);
        if (end < 0) end = TimesPer(i, r);
        if (end < 0) return -1;
        d.Frequency = r.Frequency;
        d.Interval = r.Interval;
        d.ByDay = r.ByDay;
        d.ByMonthDay = r.ByMonthDay;
        if (r.Pod is not null)
        {
            if (d.Pod is not null) return -1;
            d.Pod = r.Pod;
        }
        d.Strong = true;
        return end;
    }

    /// <summary>"every Monday", "every 2 weeks", "every other day", "jeden Werktag", "alle 2 Wochen", "cada lunes", "todos los viernes", "setiap hari Kamis".</summary>
    private int Every(int i, Draft r)
    {
        if (!Is(i, W.Every)) return -1;
        if (Get(i, W.Pod) is { } fusedPod)
        {
            r.Frequency = Frequency.Daily;
            r.Pod = (PartOfDay)fusedPod.Value;
            return i + 1;
        }
        var j = i + 1;
        if (Get(j, W.Other) is { } other) { r.Interval = other.Value; j++; }
        else if (TryCount(j, false, out var n) && n is >= 1 and <= 99 && (Is(j + 1, W.Unit) || (Tight(j + 1) && Is(j + 1, W.Ordinal))))
        {
            r.Interval = n;
            j++;
            if (Tight(j) && Is(j, W.Ordinal)) j++;
        }
        if (Is(j, W.DayWord) && WeekdayList(j + 1, true, out var afterDays, out _) is { Count: > 0 } hariDays)
        {
            r.Frequency = Frequency.Weekly;
            r.ByDay = hariDays;
            return afterDays;
        }
        if (Is(j, W.Workdays) || Is(j, W.WorkdaysAdverb))
        {
            r.Frequency = Frequency.Weekly;
            r.ByDay = [.. Workweek];
            return j + 1;
        }
        if (Get(j, W.Unit) is { } unit)
        {
            r.Frequency = (Unit)unit.Value switch
            {
                Unit.Day => Frequency.Daily,
                Unit.Week => Frequency.Weekly,
                Unit.Month => Frequency.Monthly,
                _ => Frequency.None,
            };
            return r.Frequency == Frequency.None ? -1 : j + 1;
        }
        var days = WeekdayList(j, true, out var end, out _);
        if (days.Count > 0)
        {
            r.Frequency = Frequency.Weekly;
            r.ByDay = days;
            return end;
        }
        if (Is(j, W.Weekend))
        {
            r.Frequency = Frequency.Weekly;
            r.ByDay = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
            return j + 1;
        }
        if (Get(j, W.Pod) is { } pod)
        {
            r.Frequency = Frequency.Daily;
            r.Pod = (PartOfDay)pod.Value;
            return j + 1;
        }
        if (Is(j, W.On) && IsNumber(j + 1) && l[j + 1].Value is >= 1 and <= 31)
        {
            r.Frequency = Frequency.Monthly;
            return j;
        }
        return -1;
    }

    /// <summary>"daily", "weekly", "biweekly", "on Mondays", "montags", "los lunes", "werktags", "entre semana".</summary>
    private int Adverbial(int i, Draft r)
    {
        if (Is(i, W.Daily)) { r.Frequency = Frequency.Daily; return i + 1; }
        if (Is(i, W.Weekly)) { r.Frequency = Frequency.Weekly; return i + 1; }
        if (Is(i, W.Monthly)) { r.Frequency = Frequency.Monthly; return i + 1; }
        if (Is(i, W.Fortnightly)) { r.Frequency = Frequency.Weekly; r.Interval = 2; return i + 1; }
        var j = i;
        if (Is(j, W.On) && !Is(j, W.Weekday)) j++;
        if (Is(j, W.WorkdaysAdverb))
        {
            r.Frequency = Frequency.Weekly;
            r.ByDay = [.. Workweek];
            return j + 1;
        }
        var article = Is(j, W.Article);
        if (article) j++;
        if (!article && Get(j, W.WeekdayPlural) is null) return -1;
        var days = WeekdayList(j, true, out var end, out _);
        if (days.Count == 0) return -1;
        r.Frequency = Frequency.Weekly;
        r.ByDay = days;
        return end;
    }

    /// <summary>"Monday to Friday", "Montag bis Freitag", "Senin sampai Jumat", "Senin-Jumat".</summary>
    private int Range(int i, Draft r)
    {
        var j = i;
        if (Is(j, W.From) && !Is(j, W.Weekday)) j++;
        if (Get(j, W.Weekday) is not { Weak: false } from) return -1;
        var k = j + 1;
        if (!Is(k, W.Range) && !IsSymbol(k, '-')) return -1;
        if (Get(k + 1, W.Weekday) is not { } to || to.Value <= from.Value) return -1;
        r.Frequency = Frequency.Weekly;
        for (var day = from.Value; day <= to.Value; day++) r.ByDay.Add((IsoDayOfWeek)day);
        return k + 2;
    }

    /// <summary>Indonesian "seminggu sekali", "2 minggu sekali": a count of units followed by "once".</summary>
    private int TimesPer(int i, Draft r)
    {
        if (lex.Language != Language.Id) return -1;
        int count, j;
        Sem? unit;
        if (Get(i, W.Num) is { } fused && Get(i, W.Unit) is { } fusedUnit) { count = fused.Value; unit = fusedUnit; j = i + 1; }
        else if (TryCount(i, false, out count) && Get(i + 1, W.Unit) is { } u) { unit = u; j = i + 2; }
        else return -1;
        if (!Is(j, W.Once) || count < 1) return -1;
        r.Frequency = (Unit)unit.Value.Value switch
        {
            Unit.Day => Frequency.Daily,
            Unit.Week => Frequency.Weekly,
            Unit.Month => Frequency.Monthly,
            _ => Frequency.None,
        };
        r.Interval = count;
        return r.Frequency == Frequency.None ? -1 : j + 1;
    }
}
