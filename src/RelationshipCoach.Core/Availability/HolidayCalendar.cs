using Ical.Net;
using NodaTime;

namespace RelationshipCoach.Core.Availability;

/// <summary>
/// Holidays read from an iCalendar (RFC 5545) file with Ical.Net, for everyone or for the people of one country
/// (taken from their time zone): companies publish their holiday calendars this way.
/// </summary>
public sealed record HolidayCalendar(string Name, string Scope, IReadOnlySet<LocalDate> Dates)
{
    public const string Everyone = "everyone";

    /// <summary>Reads every event's days, recurring ones included, between the two years.</summary>
    public static HolidayCalendar Parse(string name, string scope, string ics, int fromYear, int toYear)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(ics);
        }
        catch (Exception e)
        {
            throw new FormatException($"{name} is not a readable iCalendar file: {e.Message}", e);
        }
        if (calendar is null) throw new FormatException($"{name} is not an iCalendar file.");
        var dates = new HashSet<LocalDate>();
        var from = new Ical.Net.DataTypes.CalDateTime(fromYear, 1, 1);
        var to = new LocalDate(toYear, 12, 31);
        foreach (var occurrence in calendar.GetOccurrences(from))
        {
            var start = occurrence.Period.StartTime;
            var first = new LocalDate(start.Year, start.Month, start.Day);
            if (first > to) break;
            var end = occurrence.Period.EffectiveEndTime is { } e ? new LocalDate(e.Year, e.Month, e.Day) : first;
            // An all-day event's end is exclusive: a one-day holiday ends the next midnight.
            var last = end > first && (occurrence.Period.EffectiveEndTime?.HasTime != true) ? end.PlusDays(-1) : end;
            for (var day = first; day <= last; day = day.PlusDays(1)) dates.Add(day);
        }
        if (calendar.Events.Count == 0) throw new FormatException($"{name} has no events.");
        return new HolidayCalendar(name, scope, dates);
    }

    public bool AppliesTo(string? countryCode) =>
        Scope.Equals(Everyone, StringComparison.OrdinalIgnoreCase)
        || (countryCode is not null && Scope.Equals("country:" + countryCode, StringComparison.OrdinalIgnoreCase));
}
