using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class ExpressionParser
{
    private int TryPartOfDay(int i, Draft d)
    {
        if (Get(i, W.Pod) is not { } pod || d.Pod is not null || d.Eod) return -1;
        d.Pod = (PartOfDay)pod.Value;
        d.Strong |= !pod.Weak && !(lex.Language == Language.Id && IsPlainWord(i - 1) && IsPlainWord(i + 1));
        return i + 1;
    }

    private bool IsPlainWord(int k) => k >= 0 && k < l.Length && l[k].Kind == LexKind.Word && l[k].Sems.Length == 0;

    private int TryEod(int i, Draft d)
    {
        if (!Is(i, W.Eod) || d.HasTime) return -1;
        d.Eod = true;
        d.Strong = true;
        return i + 1;
    }

    /// <summary>"in 2 hours", "in einer halben Stunde", "dentro de 2 horas", "2 jam lagi", "dalam seminggu".</summary>
    private int TryDuration(int i, Draft d)
    {
        if (d.Duration is not null || d.Recurring) return -1;
        var j = i;
        var before = Is(j, W.In);
        if (before) j++;
        var total = NodaTime.Period.Zero;
        var any = false;
        while (true)
        {
            var k = Amount(j, out var amount, out var unit);
            if (k < 0) break;
            total += ToPeriod(amount, unit);
            any = true;
            j = k;
            if (Is(j, W.And) && Amount(j + 1, out _, out _) > 0) j++;
        }
        if (!any) return -1;
        var after = Is(j, W.Later);
        if (after) j++;
        if (!before && !after) return -1;
        d.Duration = total.Normalize();
        d.Strong = true;
        return j;
    }

    /// <summary>A count with its unit: "2 hours", "an hour", "half an hour", "anderthalb Stunden", "1,5 Stunden", "sejam".</summary>
    private int Amount(int j, out decimal amount, out Unit unit)
    {
        amount = 0; unit = 0;
        if (Get(j, W.Num) is { } fused && Get(j, W.Unit) is { } fusedUnit)
        {
            amount = fused.Value; unit = (Unit)fusedUnit.Value;
            return j + 1;
        }
        decimal count = 1;
        var counted = false;
        var article = false;
        if (IsNumber(j, 3) && (TightSymbol(j + 1, '.') || TightSymbol(j + 1, ',')) && IsNumber(j + 2, 1) && Tight(j + 2))
        {
            count = l[j].Value + l[j + 2].Value / 10m;
            counted = true;
            j += 3;
        }
        else if (TryCount(j, true, out var n) && !(l[j].Kind == LexKind.Number && Tight(j + 1) && l[j + 1].Kind == LexKind.Symbol))
        {
            count = n;
            counted = true;
            article = Get(j, W.Num) is { Weak: true };
            j++;
        }
        if (Get(j, W.Half) is { } half)
        {
            // "einer halben Stunde" halves the article's one; "satu setengah jam" adds a half to a real number.
            var fraction = half.Value / 100m;
            count = !counted ? fraction : article ? count * fraction : count + fraction;
            counted = true;
            j++;
            if (TryCount(j, true, out var one) && one == 1) j++;
        }
        if (Get(j, W.Unit) is not { } u) return -1;
        j++;
        var andHalf = j;
        if (Is(andHalf, W.And) || Is(andHalf, W.Past)) andHalf++;
        if (andHalf > j && TryCount(andHalf, true, out var a) && a == 1 && Get(andHalf, W.Num) is { Weak: true }) andHalf++;
        if (andHalf > j && Get(andHalf, W.Half) is { Value: 50 })
        {
            count = counted ? count + 0.5m : 1.5m;
            counted = true;
            j = andHalf + 1;
        }
        if (!counted) return -1;
        amount = count; unit = (Unit)u.Value;
        return j;
    }

    private static NodaTime.Period ToPeriod(decimal amount, Unit unit) => unit switch
    {
        Unit.Minute => NodaTime.Period.FromMinutes((long)amount),
        Unit.Hour => NodaTime.Period.FromMinutes((long)(amount * 60)),
        Unit.Day when amount == decimal.Truncate(amount) => NodaTime.Period.FromDays((int)amount),
        Unit.Day => NodaTime.Period.FromHours((long)(amount * 24)),
        Unit.Week => NodaTime.Period.FromDays((int)(amount * 7)),
        _ => NodaTime.Period.FromMonths((int)amount),
    };
}
