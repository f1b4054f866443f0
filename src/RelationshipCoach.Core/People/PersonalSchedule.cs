using NodaTime;
using RelationshipCoach.Core.Availability;

namespace RelationshipCoach.Core.People;

/// <summary>
/// When a person works: their time zone, working hours (or the configured defaults) and days off, so that
/// nothing proactive reaches them on a holiday, during an absence or outside their hours.
/// </summary>
public sealed record PersonalSchedule(DateTimeZone Zone, WorkingHours Hours, DaysOff DaysOff)
{
    /// <summary>A year of days off in a row is more than any absence; past it the schedule gives up moving things.</summary>
    private const int MaxDaysAhead = 366;

    public static PersonalSchedule For(UserProfile profile, CoachOptions options, DaysOff? daysOff = null) =>
        new(Zones.Find(profile.TimeZoneId) ?? DateTimeZone.Utc, profile.WorkingHours ?? options.DefaultWorkingHours, daysOff ?? DaysOff.None);

    public bool IsWorkingDay(LocalDate date) => Hours.IsWorkingDay(date.DayOfWeek) && !DaysOff.Contains(date);

    /// <summary>The instant itself when the person is working then, else the start of their next working period.</summary>
    public Instant NextWorkingInstant(Instant instant)
    {
        var candidate = Hours.NextWorkingInstant(instant, Zone);
        for (var i = 0; i < MaxDaysAhead && DaysOff.Contains(candidate.InZone(Zone).Date); i++)
            candidate = Hours.NextWorkingInstant(candidate.InZone(Zone).Date.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant(), Zone);
        return candidate;
    }

    /// <summary>The start of the person's next working morning strictly after the given day.</summary>
    public Instant NextWorkingMorning(Instant after)
    {
        var date = after.InZone(Zone).Date.PlusDays(1);
        for (var i = 0; i < MaxDaysAhead && !IsWorkingDay(date); i++) date = date.PlusDays(1);
        return date.At(Hours.Start).InZoneLeniently(Zone).ToInstant();
    }

    /// <summary>The same time of day <paramref name="days"/> working days later, moved into working time.</summary>
    public Instant AddWorkingDays(Instant instant, int days)
    {
        var local = instant.InZone(Zone).LocalDateTime;
        var date = local.Date;
        for (var added = 0; added < days;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date)) added++;
        }
        return NextWorkingInstant(date.At(local.TimeOfDay).InZoneLeniently(Zone).ToInstant());
    }
}
