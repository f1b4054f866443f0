using System.Text.RegularExpressions;
using NodaTime;

namespace RelationshipCoach.Core.People;

/// <summary>
/// The days and hours a person works, written like "Mon-Fri 08:00-18:00" or "Mon-Sun 00:00-24:00",
/// read in the person's own time zone. A null end means midnight at the end of the day ("24:00").
/// </summary>
public sealed partial record WorkingHours(IsoDayOfWeek FirstDay, IsoDayOfWeek LastDay, LocalTime Start, LocalTime? End)
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static readonly WorkingHours Default = Parse("Mon-Fri 08:00-18:00");

    public static WorkingHours Parse(string text) =>
        TryParse(text, out var hours) ? hours : throw new FormatException($"Working hours '{text}' are not like 'Mon-Fri 08:00-18:00'.");

    public static bool TryParse(string? text, out WorkingHours hours)
    {
        hours = null!;
        var match = Pattern().Match(text?.Trim().ToLowerInvariant() ?? "");
        if (!match.Success) return false;
        var first = Array.IndexOf(DayNames, match.Groups["from"].Value[..3]);
        var last = match.Groups["to"].Success ? Array.IndexOf(DayNames, match.Groups["to"].Value[..3]) : first;
        if (first < 0 || last < 0) return false;
        if (!TryTime(match.Groups["start"].Value, out var start, out var startIsMidnightEnd) || startIsMidnightEnd) return false;
        if (!TryTime(match.Groups["end"].Value, out var end, out var endIsMidnight)) return false;
        if (!endIsMidnight && end <= start) return false;
        hours = new WorkingHours((IsoDayOfWeek)(first + 1), (IsoDayOfWeek)(last + 1), start, endIsMidnight ? null : end);
        return true;
    }

    private static bool TryTime(string text, out LocalTime time, out bool isEndOfDay)
    {
        time = default;
        var parts = text.Split(':');
        var hour = int.Parse(parts[0]);
        var minute = parts.Length > 1 ? int.Parse(parts[1]) : 0;
        isEndOfDay = hour == 24 && minute == 0;
        if (isEndOfDay) return true;
        if (hour > 23 || minute > 59) return false;
        time = new LocalTime(hour, minute);
        return true;
    }

    /// <summary>Whether the person works on that day; a range like Sat-Tue wraps over the week's end.</summary>
    public bool IsWorkingDay(IsoDayOfWeek day)
    {
        var (d, first, last) = ((int)day, (int)FirstDay, (int)LastDay);
        return first <= last ? d >= first && d <= last : d >= first || d <= last;
    }

    public bool Contains(LocalDateTime local) =>
        IsWorkingDay(local.DayOfWeek) && local.TimeOfDay >= Start && (End is null || local.TimeOfDay < End);

    /// <summary>The instant itself when it falls in working hours, else the start of the next working period.</summary>
    public Instant NextWorkingInstant(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        if (Contains(local)) return instant;
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.PlusDays(day);
            if (!IsWorkingDay(date.DayOfWeek)) continue;
            var start = date.At(Start);
            if (start > local) return start.InZoneLeniently(zone).ToInstant();
        }
        return instant;
    }

    public override string ToString()
    {
        var first = Capitalize(DayNames[(int)FirstDay - 1]);
        var last = Capitalize(DayNames[(int)LastDay - 1]);
        var end = End is { } e ? e.ToString("HH:mm", null) : "24:00";
        return $"{first}-{last} {Start.ToString("HH:mm", null)}-{end}";
    }

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(@"^(?<from>mon|tue|wed|thu|fri|sat|sun)[a-z]*(\s*-\s*(?<to>mon|tue|wed|thu|fri|sat|sun)[a-z]*)?\s+(?<start>\d{1,2}(:\d{2})?)\s*-\s*(?<end>\d{1,2}(:\d{2})?)$")]
    private static partial Regex Pattern();
}
