using NodaTime;

namespace RelationshipCoach.Core.People;

/// <summary>When a person works: their time zone and working hours, or the configured defaults where they set none.</summary>
public sealed record PersonalSchedule(DateTimeZone Zone, WorkingHours Hours)
{
    public static PersonalSchedule For(UserProfile profile, CoachOptions options) =>
        new(Zones.Find(profile.TimeZoneId) ?? DateTimeZone.Utc, profile.WorkingHours ?? options.DefaultWorkingHours);

    public Instant NextWorkingInstant(Instant instant) => Hours.NextWorkingInstant(instant, Zone);

    /// <summary>The start of the person's next working morning strictly after the given day.</summary>
    public Instant NextWorkingMorning(Instant after)
    {
        var date = after.InZone(Zone).Date.PlusDays(1);
        while (!Hours.IsWorkingDay(date.DayOfWeek)) date = date.PlusDays(1);
        return date.At(Hours.Start).InZoneLeniently(Zone).ToInstant();
    }
}
