using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Tests.Calls;

public sealed class ConfirmationPolicyTests
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly ConfirmationPolicy TwoHours = new(new CoachOptions { ConfirmAfter = TimeSpan.FromHours(2) });

    private static PersonalSchedule Schedule(string zone, string hours = "Mon-Fri 08:00-18:00") =>
        new(DateTimeZoneProviders.Tzdb[zone], WorkingHours.Parse(hours), DaysOff.None);

    private static Instant At(string local, PersonalSchedule s) => Pattern.Parse(local).Value.InZoneStrictly(s.Zone).ToInstant();

    private static string Local(Instant instant, PersonalSchedule s) => Pattern.Format(instant.InZone(s.Zone).LocalDateTime);

    [Theory]
    [InlineData("Europe/Berlin", "2026-11-24T10:00", "2026-11-24T12:00")] // Tuesday morning: two hours later
    [InlineData("Europe/Berlin", "2026-11-24T17:00", "2026-11-25T08:00")] // after hours: next morning
    [InlineData("Europe/Berlin", "2026-11-27T16:30", "2026-11-30T08:00")] // Friday afternoon: Monday
    [InlineData("Europe/Berlin", "2026-03-27T17:00", "2026-03-30T08:00")] // over the spring change weekend
    [InlineData("Europe/Berlin", "2026-10-23T17:00", "2026-10-26T08:00")] // over the autumn change weekend
    [InlineData("America/Mexico_City", "2026-11-27T16:30", "2026-11-30T08:00")]
    [InlineData("America/Mexico_City", "2026-04-03T11:00", "2026-04-03T13:00")]
    [InlineData("Asia/Jakarta", "2026-11-24T06:30", "2026-11-24T08:30")]
    [InlineData("Asia/Jakarta", "2026-11-28T09:00", "2026-11-30T08:00")] // Saturday
    public void The_first_reminder_is_two_hours_after_the_call_in_working_hours(string zone, string held, string expected)
    {
        var schedule = Schedule(zone);
        var heldAt = At(held, schedule);
        Assert.Equal(expected, Local(TwoHours.FirstReminder(heldAt, heldAt, schedule), schedule));
    }

    [Fact]
    public void A_call_logged_late_is_reminded_now_rather_than_in_the_past()
    {
        var schedule = Schedule("Europe/Berlin");
        var heldAt = At("2026-11-24T08:00", schedule);
        var now = At("2026-11-24T15:00", schedule);
        Assert.Equal(now, TwoHours.FirstReminder(heldAt, now, schedule));
    }

    [Fact]
    public void Follow_ups_come_one_working_day_apart_and_stop_after_the_third()
    {
        var schedule = Schedule("Europe/Berlin");
        var first = At("2026-11-27T11:00", schedule); // Friday
        var second = ConfirmationPolicy.FollowUp(1, first, schedule)!.Value;
        var third = ConfirmationPolicy.FollowUp(2, second, schedule)!.Value;

        Assert.Equal("2026-11-30T11:00", Local(second, schedule));
        Assert.Equal("2026-12-01T11:00", Local(third, schedule));
        Assert.Null(ConfirmationPolicy.FollowUp(3, third, schedule));
    }

    [Fact]
    public void A_follow_up_keeps_local_time_across_the_autumn_change()
    {
        var schedule = Schedule("Europe/Berlin", "Mon-Sun 08:00-18:00");
        var saturday = At("2026-10-24T10:00", schedule);
        var sunday = ConfirmationPolicy.FollowUp(1, saturday, schedule)!.Value;
        Assert.Equal("2026-10-25T10:00", Local(sunday, schedule));
        Assert.Equal(Duration.FromHours(25), sunday - saturday);
    }

    [Fact]
    public void Round_the_clock_hours_remind_exactly_after_the_delay()
    {
        var schedule = Schedule("Asia/Jakarta", "Mon-Sun 00:00-24:00");
        var policy = new ConfirmationPolicy(new CoachOptions { ConfirmAfter = TimeSpan.FromSeconds(5) });
        var heldAt = At("2026-11-29T23:59", schedule);
        Assert.Equal(heldAt + Duration.FromSeconds(5), policy.FirstReminder(heldAt, heldAt, schedule));
    }

    [Fact]
    public void A_holiday_and_an_absence_push_reminders_to_the_next_working_morning()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var christmas = new HashSet<LocalDate> { new(2026, 12, 24), new(2026, 12, 25) };
        var away = new DateInterval(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 31));
        var schedule = new PersonalSchedule(zone, WorkingHours.Parse("Mon-Fri 08:00-18:00"), new DaysOff(christmas, [away]));

        var heldAt = At("2026-12-23T17:00", schedule);
        var first = TwoHours.FirstReminder(heldAt, heldAt, schedule);
        Assert.Equal("2027-01-01T08:00", Local(first, schedule));
        Assert.Equal("2027-01-04T08:00", Local(ConfirmationPolicy.FollowUp(1, first, schedule)!.Value, schedule));
    }

    [Theory]
    [InlineData(ConfirmationStatus.Sent, 0, ConfirmationOutcome.OnTime)]
    [InlineData(ConfirmationStatus.Sent, 1, ConfirmationOutcome.OnTime)]
    [InlineData(ConfirmationStatus.Sent, 2, ConfirmationOutcome.Late)]
    [InlineData(ConfirmationStatus.Sent, 3, ConfirmationOutcome.Late)]
    [InlineData(ConfirmationStatus.Missed, 3, ConfirmationOutcome.Missed)]
    [InlineData(ConfirmationStatus.Open, 1, ConfirmationOutcome.Open)]
    [InlineData(ConfirmationStatus.NotNeeded, 0, ConfirmationOutcome.NotNeeded)]
    public void Outcomes_follow_how_many_reminders_it_took(ConfirmationStatus status, int reminders, ConfirmationOutcome expected)
    {
        var call = new Call(1, 1, "Acme", "", Instant.FromUnixTimeSeconds(0), Instant.FromUnixTimeSeconds(0)) { Status = status, RemindersSent = reminders };
        Assert.Equal(expected, call.Outcome);
    }
}
