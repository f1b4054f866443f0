using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Tests.Availability;

public sealed class HolidayCalendarTests
{
    private const string Ics = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//RelationshipCoach tests//EN
        BEGIN:VEVENT
        UID:unity@example.com
        DTSTART;VALUE=DATE:20261003
        DTEND;VALUE=DATE:20261004
        RRULE:FREQ=YEARLY
        SUMMARY:Tag der Deutschen Einheit
        END:VEVENT
        BEGIN:VEVENT
        UID:christmas@example.com
        DTSTART;VALUE=DATE:20261224
        DTEND;VALUE=DATE:20261227
        SUMMARY:Weihnachten
        END:VEVENT
        END:VCALENDAR
        """;

    [Fact]
    public void Reads_one_day_multi_day_and_yearly_holidays()
    {
        var calendar = HolidayCalendar.Parse("de.ics", "country:DE", Ics, 2026, 2027);

        Assert.Contains(new LocalDate(2026, 10, 3), calendar.Dates);
        Assert.Contains(new LocalDate(2027, 10, 3), calendar.Dates);
        Assert.Contains(new LocalDate(2026, 12, 24), calendar.Dates);
        Assert.Contains(new LocalDate(2026, 12, 26), calendar.Dates);
        Assert.DoesNotContain(new LocalDate(2026, 12, 27), calendar.Dates);
        Assert.DoesNotContain(new LocalDate(2026, 10, 4), calendar.Dates);
    }

    [Fact]
    public void A_country_calendar_applies_to_people_whose_time_zone_is_in_that_country()
    {
        var holidays = new Holidays([HolidayCalendar.Parse("de.ics", "country:DE", Ics, 2026, 2026)]);
        var berlin = new UserProfile(1, new UserRef("playground", "t", "a")) { TimeZoneId = "Europe/Berlin" };
        var jakarta = berlin with { TimeZoneId = "Asia/Jakarta" };

        Assert.Contains(new LocalDate(2026, 10, 3), holidays.For(berlin));
        Assert.Empty(holidays.For(jakarta));
    }

    [Theory]
    [InlineData("")]
    [InlineData("this is not a calendar")]
    [InlineData("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR")]
    public void An_unreadable_calendar_is_refused_with_its_name(string ics)
    {
        var error = Assert.ThrowsAny<Exception>(() => HolidayCalendar.Parse("broken.ics", "everyone", ics, 2026, 2026));
        Assert.Contains("broken.ics", error.Message + (error.InnerException?.Message ?? ""), StringComparison.Ordinal);
    }
}
