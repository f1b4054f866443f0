using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class ExpressionParser
{
    private int TryRelDay(int i, Draft d)
    {
        if (Get(i, W.RelDay) is not { } rel || d.Day is not null || d.DayOffset is not null || d.Weekday is not null) return -1;
        var pod = Get(i, W.Pod);
        if (pod is not null && d.Pod is not null) return -1;
        d.DayOffset = rel.Value;
        if (pod is { } p) d.Pod = (PartOfDay)p.Value;
        d.Strong |= !rel.Weak;
        return i + 1;
    }

    /// <summary>"next week", "next month", "the weekend" (Saturday).</summary>
    private int TryWeekScope(int i, Draft d)
    {
        if (Is(i, W.NextWeek))
        {
            if (d.NextWeek || d.NextMonth || d.Day is not null || d.DayOffset is not null || d.Recurring) return -1;
            d.NextWeek = true;
            d.Strong = true;
            return i + 1;
        }
        if (Is(i, W.NextMonth))
        {
            if (d.HasDate || d.Recurring) return -1;
            d.NextMonth = true;
            d.Strong = true;
            return i + 1;
        }
        var j = i;
        if (Is(j, W.On) || Is(j, W.Next) || Is(j, W.This)) j++;
        if (Is(j, W.Weekend) && !d.HasDate && !d.Recurring)
        {
            d.Weekday = IsoDayOfWeek.Saturday;
            d.Strong |= (j > i && l[i].Text != "the") || l[j].Text.Contains(' ');
            return j + 1;
        }
        return -1;
    }

    private int TryWeekday(int i, Draft d)
    {
        var j = i;
        var prefixed = false;
        var next = false;
        var thisWeek = false;
        while (j < l.Length && l[j].Kind == LexKind.Word)
        {
            if (Is(j, W.Next) && !Is(j, W.Weekday)) { next = true; j++; }
            else if (Is(j, W.This) && !Is(j, W.Weekday)) { thisWeek = true; j++; }
            else if ((Is(j, W.On) || Is(j, W.DayWord)) && !Is(j, W.Weekday)) { prefixed |= l[j].Text != "the"; j++; }
            else break;
        }
        var days = WeekdayList(j, d.Recurring, out var end, out var weak);
        if (days.Count == 0 && j > i && Is(j - 1, W.DayWord) && Is(j, W.NextWeek) && l[j].Text.StartsWith("minggu", StringComparison.Ordinal))
        {
            // "hari Minggu depan" is next Sunday, not "hari" + "minggu depan" (next week).
            days.Add(IsoDayOfWeek.Sunday);
            next = true;
            end = j + 1;
        }
        if (days.Count == 0 || LooksLikeName(j, out var nameWeak)) return -1;
        weak |= nameWeak;
        if (Is(end, W.NextPost)) { next = true; end++; }
        else if (Is(end, W.This)) { thisWeek = true; end++; }
        if (d.Recurring)
        {
            if (d.Frequency == Frequency.Daily && d.Interval == 1) d.Frequency = Frequency.Weekly;
            if (d.Frequency != Frequency.Weekly) return -1;
            foreach (var day in days)
                if (!d.ByDay.Contains(day)) d.ByDay.Add(day);
            return end;
        }
        if (d.Weekday is not null || d.Day is not null || d.DayOffset is not null || d.NextMonth) return -1;
        d.Weekday = days[0];
        d.WeekdayThis = thisWeek && !next;
        d.Strong |= !weak || prefixed || next || thisWeek;
        return days.Count > 1 ? j + 1 : end;
    }

    /// <summary>"Monday.com" is a name; so is a capitalized Spanish weekday mid-sentence ("con Domingo") or an English one before a capitalized word ("Sunday River").</summary>
    private bool LooksLikeName(int j, out bool weak)
    {
        weak = false;
        if (TightSymbol(j + 1, '.') && j + 2 < l.Length && Tight(j + 2) && l[j + 2].Kind == LexKind.Word) return true;
        if (!l[j].Capitalized || j == 0 || IsSentenceBreak(j - 1)) return false;
        if (lex.Language == Language.Es)
            weak = !(Is(j - 1, W.On) || Is(j - 1, W.Next) || Is(j - 1, W.This) || Is(j - 1, W.Article) || Is(j - 1, W.Every));
        else if (lex.Language == Language.En)
            weak = j + 1 < l.Length && l[j + 1].Kind == LexKind.Word && l[j + 1].Capitalized && l[j + 1].Sems.Length == 0;
        return false;
    }

    private bool IsSentenceBreak(int k) => l[k].Kind == LexKind.Symbol && l[k].Text[0] is '.' or '!' or '?' or ':' or '\n' or '¿' or '¡';

    /// <summary>"Monday", "Monday and Thursday", "Mo, Mi und Fr"; plural forms only inside recurrences.</summary>
    private List<IsoDayOfWeek> WeekdayList(int j, bool allowPlural, out int end, out bool weak)
    {
        var days = new List<IsoDayOfWeek>(2);
        end = j;
        weak = false;
        while (true)
        {
            var sem = Get(j, W.Weekday) ?? (allowPlural ? Get(j, W.WeekdayPlural) : null);
            if (sem is null) break;
            days.Add((IsoDayOfWeek)sem.Value.Value);
            weak |= sem.Value.Weak;
            end = j + 1;
            var k = end;
            if (IsSymbol(k, ',') || IsSymbol(k, '&') || Is(k, W.And)) k++;
            if (k == end) break;
            if (Is(k, W.On) || Is(k, W.Article) || Is(k, W.DayWord)) k++;
            j = k;
        }
        return days;
    }
}
