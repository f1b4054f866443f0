using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Time;

public class TimeExpressionJsonTests
{
    private static readonly LocalDateTime Tuesday = new(2026, 11, 24, 10, 0);

    [Fact]
    public void Moment() =>
        Assert.Equal("""{"kind":"datetime","at":"2026-11-25T15:00"}""", TimeExpressionJson.ResolveToJson("tomorrow at 3pm", Language.En, Tuesday));

    [Fact]
    public void Recurrence() =>
        Assert.Equal("""{"kind":"recurrence","rrule":"FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=0"}""",
            TimeExpressionJson.ResolveToJson("jeden Freitag um 16 Uhr", Language.De, Tuesday));

    [Fact]
    public void None() =>
        Assert.Equal("""{"kind":"none"}""", TimeExpressionJson.ResolveToJson("PT Maju Jaya soal kontrak", null, Tuesday));
}
