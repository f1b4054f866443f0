using NodaTime;
using NodaTime.TimeZones;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Availability;

/// <summary>The holiday calendars in force, and which of their days apply to a person (by their time zone's country).</summary>
public sealed class Holidays(IReadOnlyList<HolidayCalendar> calendars)
{
    public static readonly Holidays None = new([]);

    private static readonly Dictionary<string, string> CountryByZone =
        TzdbDateTimeZoneSource.Default.ZoneLocations?.ToDictionary(l => l.ZoneId, l => l.CountryCode) ?? [];

    public IReadOnlyList<HolidayCalendar> Calendars { get; } = calendars;

    public IReadOnlySet<LocalDate> For(UserProfile profile)
    {
        var country = profile.TimeZoneId is { } zone && CountryByZone.TryGetValue(zone, out var code) ? code : null;
        var dates = new HashSet<LocalDate>();
        foreach (var calendar in Calendars.Where(c => c.AppliesTo(country))) dates.UnionWith(calendar.Dates);
        return dates;
    }
}
