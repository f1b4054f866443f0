using NodaTime;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Time;

public class RecurrenceTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static Instant Utc(int y, int mo, int d, int h, int mi) => Instant.FromUtc(y, mo, d, h, mi);

    [Fact]
    public void WeeklyMondayAtNineIsNextMondayInTheUsersZone()
    {
        var r = new Recurrence("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", new LocalDateTime(2026, 11, 24, 10, 0));
        Assert.Equal(Utc(2026, 11, 30, 8, 0), r.NextAfter(Utc(2026, 11, 24, 9, 0), Berlin));
    }

    [Fact]
    public void EveryTwoWeeksStartsOnTheComingWeekdayAndKeepsItsPhase()
    {
        var r = new Recurrence("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;BYHOUR=9;BYMINUTE=0", new LocalDateTime(2026, 11, 27, 10, 0));
        var next = r.Next(Utc(2026, 11, 27, 9, 0), Berlin, 3);
        Assert.Equal([Utc(2026, 12, 3, 8, 0), Utc(2026, 12, 17, 8, 0), Utc(2026, 12, 31, 8, 0)], next);
        Assert.Equal(Utc(2026, 12, 17, 8, 0), r.NextAfter(Utc(2026, 12, 3, 8, 0), Berlin));
    }

    [Fact]
    public void SkippedLocalTimeOnSpringForwardMovesForward()
    {
        var r = new Recurrence("FREQ=DAILY;BYHOUR=2;BYMINUTE=30", new LocalDateTime(2026, 3, 28, 14, 0));
        // 02:30 does not exist on 2026-03-29 in Berlin; lenient resolution gives 03:30 CEST = 01:30 UTC.
        Assert.Equal(Utc(2026, 3, 29, 1, 30), r.NextAfter(Utc(2026, 3, 28, 13, 0), Berlin));
    }

    [Fact]
    public void AmbiguousLocalTimeOnFallBackTakesTheEarlierInstant()
    {
        var r = new Recurrence("FREQ=DAILY;BYHOUR=2;BYMINUTE=30", new LocalDateTime(2026, 10, 24, 12, 0));
        Assert.Equal(Utc(2026, 10, 25, 0, 30), r.NextAfter(Utc(2026, 10, 24, 10, 0), Berlin));
    }

    [Fact]
    public void WeekdaysSkipTheWeekend()
    {
        var r = new Recurrence("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=30", new LocalDateTime(2026, 11, 27, 10, 0));
        var next = r.Next(Utc(2026, 11, 27, 9, 0), Berlin, 2);
        Assert.Equal([Utc(2026, 11, 30, 7, 30), Utc(2026, 12, 1, 7, 30)], next);
    }

    [Fact]
    public void MonthlyOnADayOfTheMonth()
    {
        var r = new Recurrence("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=9;BYMINUTE=0", new LocalDateTime(2026, 11, 24, 10, 0));
        Assert.Equal(Utc(2026, 12, 1, 8, 0), r.NextAfter(Utc(2026, 11, 24, 9, 0), Berlin));
    }
}
