using NodaTime;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Availability;

/// <summary>Builds a person's schedule with everything that decides when the coach may reach them: zone, hours, holidays, absences.</summary>
public sealed class Schedules(IAbsenceLog absences, Holidays holidays, CoachOptions options, TimeProvider clock)
{
    public async Task<PersonalSchedule> ForAsync(UserProfile profile, CancellationToken ct)
    {
        var zone = Zones.Find(profile.TimeZoneId) ?? DateTimeZone.Utc;
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date;
        var away = await absences.CurrentAsync(profile.Id, today, ct);
        return PersonalSchedule.For(profile, options, new DaysOff(holidays.For(profile), away));
    }
}
