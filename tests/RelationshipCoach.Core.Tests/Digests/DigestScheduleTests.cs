using NodaTime;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    private static readonly Instant ThursdayNoonUtc = Instant.FromUtc(2026, 11, 26, 12, 0);

    [Fact]
    public void By_default_the_digest_comes_on_Monday_at_8_30_in_the_leads_zone()
    {
        var next = DigestSchedule.NextAt(new DigestSettings(1), DigestSchedule.MondayMorning, Berlin, ThursdayNoonUtc);
        Assert.Equal(new LocalDateTime(2026, 11, 30, 8, 30), next!.Value.InZone(Berlin).LocalDateTime);
        var inTokyo = DigestSchedule.NextAt(new DigestSettings(1), DigestSchedule.MondayMorning, Tokyo, ThursdayNoonUtc);
        Assert.Equal(Instant.FromUtc(2026, 11, 29, 23, 30), inTokyo);
    }

    [Fact]
    public void A_lead_who_turned_it_off_has_no_next_digest() =>
        Assert.Null(DigestSchedule.NextAt(new DigestSettings(1) { Enabled = false }, DigestSchedule.MondayMorning, Berlin, ThursdayNoonUtc));

    [Theory]
    [InlineData("every Friday at 16:00", Language.En)]
    [InlineData("jeden Freitag um 16 Uhr", Language.De)]
    [InlineData("cada viernes a las 16:00", Language.Es)]
    [InlineData("setiap Jumat jam 16:00", Language.Id)]
    public void A_lead_can_choose_another_day_and_time_in_plain_words(string text, Language language)
    {
        var rule = TimeExpressionRecognizer.Instance.Recognize(text, language, new LocalDateTime(2026, 11, 26, 13, 0), Berlin).Recurrence!;
        Assert.True(DigestSchedule.IsWeekly(rule));
        var next = DigestSchedule.NextAt(new DigestSettings(1) { Schedule = rule }, DigestSchedule.MondayMorning, Berlin, ThursdayNoonUtc);
        Assert.Equal(new LocalDateTime(2026, 11, 27, 16, 0), next!.Value.InZone(Berlin).LocalDateTime);
    }

    [Fact]
    public void A_week_ending_now_spans_seven_local_days_even_across_a_clock_change()
    {
        var end = new LocalDateTime(2026, 10, 26, 8, 30).InZoneStrictly(Berlin).ToInstant();
        var period = DigestPeriod.EndingAt(end, Berlin);
        Assert.Equal(new LocalDateTime(2026, 10, 19, 8, 30), period.Start.InZone(Berlin).LocalDateTime);
        Assert.Equal(Duration.FromHours(169), period.End - period.Start);
    }
}
