using NodaTime;
using NodaTime.Calendars;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// The week a digest covers, on the lead's clock: seven local days in the lead's zone. Every rep's facts are placed on
/// that one clock, so a rep in another zone is counted in exactly one week, never in two or none.
/// </summary>
public sealed record DigestPeriod(Instant Start, Instant End, DateTimeZone Zone)
{
    /// <summary>The seven local days ending at <paramref name="end"/> (DST-aware: a week with a clock change is 167 or 169 hours).</summary>
    public static DigestPeriod EndingAt(Instant end, DateTimeZone zone)
    {
        var local = end.InZone(zone).LocalDateTime;
        return new DigestPeriod(local.PlusDays(-7).InZoneLeniently(zone).ToInstant(), end, zone);
    }

    /// <summary>The ISO week (Monday 00:00 to Monday 00:00) in the lead's zone, e.g. 2026-W47.</summary>
    public static DigestPeriod IsoWeek(int weekYear, int week, DateTimeZone zone)
    {
        var monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday);
        return new DigestPeriod(monday.AtStartOfDayInZone(zone).ToInstant(), monday.PlusWeeks(1).AtStartOfDayInZone(zone).ToInstant(), zone);
    }

    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>The same seven days <paramref name="weeksBack"/> weeks earlier.</summary>
    public DigestPeriod WeeksBack(int weeksBack)
    {
        var start = Start.InZone(Zone).LocalDateTime.PlusWeeks(-weeksBack).InZoneLeniently(Zone).ToInstant();
        var end = End.InZone(Zone).LocalDateTime.PlusWeeks(-weeksBack).InZoneLeniently(Zone).ToInstant();
        return new DigestPeriod(start, end, Zone);
    }

    /// <summary>The seven days after this period, when phases "ending next week" end.</summary>
    public DigestPeriod Next => WeeksBack(-1);

    /// <summary>The first day of the period in the lead's zone.</summary>
    public LocalDate FirstDay => Start.InZone(Zone).Date;
}
