using System.Text;
using NodaTime;

namespace RelationshipCoach.Core.Time;

/// <summary>Turns a draft into a moment or a recurrence by applying the documented conventions (CONVENTIONS.md).</summary>
internal static class Resolver
{
    private static readonly LocalTime DefaultTime = new(9, 0);
    private static readonly LocalTime EndOfDay = new(17, 0);

    public static (LocalDateTime? Moment, string? RRule) Resolve(Draft d, LocalDateTime reference)
    {
        if (d.Recurring) return (null, RRule(d));
        if (d.Duration is { } duration)
        {
            var moved = reference + duration;
            if (d.Hour is not null && !HasClockPart(duration)) moved = moved.Date + TimeOf(d);
            return (moved, null);
        }
        LocalTime? time = d.Hour is not null ? TimeOf(d)
            : d.Eod ? EndOfDay
            : d.Pod is { } pod ? PodTime(pod)
            : null;
        var date = DateOf(d, reference.Date);
        if (date is null)
        {
            if (time is not { } t) return (null, null);
            var today = reference.Date + t;
            return (today <= reference ? today.PlusDays(1) : today, null);
        }
        return (date.Value + (time ?? DefaultTime), null);
    }

    private static bool HasClockPart(Period p) => p.Hours != 0 || p.Minutes != 0;

    private static LocalDate? DateOf(Draft d, LocalDate today)
    {
        if (d.Day is { } day) return Absolute(d.Year, d.Month, day, today);
        if (d.DayOffset is { } offset) return today.PlusDays(offset);
        if (d.NextWeek)
        {
            var monday = today.Next(IsoDayOfWeek.Monday);
            return d.Weekday is { } wd ? monday.PlusDays((int)wd - 1) : monday;
        }
        if (d.NextMonth) return new LocalDate(today.Year, today.Month, 1).PlusMonths(1);
        if (d.Weekday is { } weekday)
            return d.WeekdayThis && today.DayOfWeek == weekday ? today : today.Next(weekday);
        return null;
    }

    /// <summary>Without a year the date is the next one not in the past; without a month, the next such day of a month.</summary>
    private static LocalDate? Absolute(int? year, int? month, int day, LocalDate today)
    {
        if (year is { } y) return TryDate(y, month ?? today.Month, day);
        if (month is { } m)
        {
            for (var candidateYear = today.Year; candidateYear <= today.Year + 8; candidateYear++)
                if (TryDate(candidateYear, m, day) is { } date && date >= today) return date;
            return null;
        }
        var first = new LocalDate(today.Year, today.Month, 1);
        for (var k = 0; k < 12; k++)
        {
            var monthStart = first.PlusMonths(k);
            if (TryDate(monthStart.Year, monthStart.Month, day) is { } date && date >= today) return date;
        }
        return null;
    }

    private static LocalDate? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;

    private static LocalTime PodTime(PartOfDay pod) => pod switch
    {
        PartOfDay.Morning => new LocalTime(9, 0),
        PartOfDay.Midday => new LocalTime(12, 0),
        PartOfDay.Afternoon => new LocalTime(15, 0),
        PartOfDay.Evening => new LocalTime(18, 0),
        _ => new LocalTime(20, 0),
    };

    /// <summary>The clock time with am/pm worked out from markers, the part of the day or the 1–7 pm / 8–11 am rule.</summary>
    private static LocalTime TimeOf(Draft d)
    {
        var h = d.Hour!.Value;
        if (d.Clock24 || h >= 13) h %= 24;
        else if (d.Am) h = h == 12 ? 0 : h;
        else if (d.Pm) h = h == 12 ? 12 : h + 12;
        else if (d.Pod is { } pod) h = WithPod(h, pod);
        else if (h is >= 1 and <= 7) h += 12;
        h = ((h + d.HourShift) % 24 + 24) % 24;
        return new LocalTime(h, d.Minute);
    }

    private static int WithPod(int h, PartOfDay pod) => pod switch
    {
        PartOfDay.Morning => h == 12 ? 0 : h,
        PartOfDay.Midday => h is >= 1 and <= 6 ? h + 12 : h,
        PartOfDay.Afternoon or PartOfDay.Evening => h == 12 ? 12 : h + 12,
        _ => h switch { 12 => 0, <= 4 => h, _ => h + 12 },
    };

    private static string RRule(Draft d)
    {
        var time = d.Hour is not null ? TimeOf(d) : d.Eod ? EndOfDay : d.Pod is { } pod ? PodTime(pod) : DefaultTime;
        var sb = new StringBuilder("FREQ=");
        sb.Append(d.Frequency switch { Frequency.Daily => "DAILY", Frequency.Monthly => "MONTHLY", _ => "WEEKLY" });
        if (d.Interval > 1) sb.Append(";INTERVAL=").Append(d.Interval);
        if (d.ByMonthDay is { } monthDay) sb.Append(";BYMONTHDAY=").Append(monthDay);
        if (d.ByDay.Count > 0)
        {
            sb.Append(";BYDAY=");
            var first = true;
            foreach (var day in d.ByDay.Order())
            {
                if (!first) sb.Append(',');
                sb.Append(DayCode(day));
                first = false;
            }
        }
        sb.Append(";BYHOUR=").Append(time.Hour).Append(";BYMINUTE=").Append(time.Minute);
        return sb.ToString();
    }

    private static string DayCode(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "MO",
        IsoDayOfWeek.Tuesday => "TU",
        IsoDayOfWeek.Wednesday => "WE",
        IsoDayOfWeek.Thursday => "TH",
        IsoDayOfWeek.Friday => "FR",
        IsoDayOfWeek.Saturday => "SA",
        _ => "SU",
    };
}
