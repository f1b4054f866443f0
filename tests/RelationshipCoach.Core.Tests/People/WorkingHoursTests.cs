using NodaTime;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Tests.People;

public sealed class WorkingHoursTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static Instant At(string local, DateTimeZone zone) =>
        NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(local).Value.InZoneLeniently(zone).ToInstant();

    private static string Local(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).LocalDateTime.ToString("yyyy-MM-ddTHH:mm", null);

    [Theory]
    [InlineData("Mon-Fri 08:00-18:00", "Mon-Fri 08:00-18:00")]
    [InlineData("mon-sun 00:00-24:00", "Mon-Sun 00:00-24:00")]
    [InlineData("Monday-Thursday 9-17", "Mon-Thu 09:00-17:00")]
    [InlineData("Sat-Tue 10:30-14:00", "Sat-Tue 10:30-14:00")]
    public void Parses_the_written_form_and_writes_it_back(string text, string expected) =>
        Assert.Equal(expected, WorkingHours.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("weekdays")]
    [InlineData("Mon-Fri 18:00-08:00")]
    [InlineData("Mon-Fri 08:00-25:00")]
    [InlineData("Foo-Fri 08:00-18:00")]
    [InlineData("Mon-Fri 24:00-24:00")]
    public void Refuses_what_is_not_working_hours(string text) =>
        Assert.False(WorkingHours.TryParse(text, out _));

    [Theory]
    [InlineData("2026-11-23T10:00", "2026-11-23T10:00")] // Monday, inside
    [InlineData("2026-11-23T19:30", "2026-11-24T08:00")] // Monday evening → Tuesday morning
    [InlineData("2026-11-27T18:00", "2026-11-30T08:00")] // Friday at closing → Monday
    [InlineData("2026-11-28T11:00", "2026-11-30T08:00")] // Saturday → Monday
    [InlineData("2026-11-23T06:59", "2026-11-23T08:00")] // early Monday → same morning
    public void Moves_an_instant_to_the_next_working_time(string local, string expected)
    {
        var hours = WorkingHours.Parse("Mon-Fri 08:00-18:00");
        Assert.Equal(expected, Local(hours.NextWorkingInstant(At(local, Berlin), Berlin), Berlin));
    }

    [Fact]
    public void Round_the_clock_hours_never_move_anything()
    {
        var hours = WorkingHours.Parse("Mon-Sun 00:00-24:00");
        var sundayNight = At("2026-11-29T23:59", Berlin);
        Assert.Equal(sundayNight, hours.NextWorkingInstant(sundayNight, Berlin));
    }

    [Fact]
    public void The_morning_after_the_spring_change_starts_at_local_eight()
    {
        var hours = WorkingHours.Parse("Mon-Sun 08:00-18:00");
        var next = hours.NextWorkingInstant(At("2026-03-28T20:00", Berlin), Berlin);
        Assert.Equal("2026-03-29T08:00", Local(next, Berlin));
        Assert.Equal(Offset.FromHours(2), next.InZone(Berlin).Offset);
    }

    [Fact]
    public void A_range_over_the_weekend_wraps()
    {
        var hours = WorkingHours.Parse("Sat-Tue 10:00-14:00");
        Assert.True(hours.IsWorkingDay(IsoDayOfWeek.Sunday));
        Assert.True(hours.IsWorkingDay(IsoDayOfWeek.Monday));
        Assert.False(hours.IsWorkingDay(IsoDayOfWeek.Wednesday));
    }

    [Fact]
    public void Working_days_skip_the_weekend_and_keep_the_time_of_day()
    {
        var schedule = new PersonalSchedule(Berlin, WorkingHours.Parse("Mon-Fri 08:00-18:00"), RelationshipCoach.Core.Availability.DaysOff.None);
        var friday = At("2026-11-27T10:00", Berlin);
        Assert.Equal("2026-11-30T10:00", Local(schedule.AddWorkingDays(friday, 1), Berlin));
        Assert.Equal("2026-12-01T10:00", Local(schedule.AddWorkingDays(friday, 2), Berlin));
    }
}
