using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Time;

public class TimeExpressionRecognizerTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly LocalDateTime Tuesday = new(2026, 11, 24, 10, 0);

    private static string SpanText(string text, TimeExpression e) => text.Substring(e.Start, e.Length);

    [Fact]
    public void SpanCoversOnlyTheTimeExpression()
    {
        const string text = "remind me to call Acme tomorrow at 3";
        var e = TimeExpressionRecognizer.Instance.Recognize(text, Language.En, Tuesday, Berlin);
        Assert.Equal("tomorrow at 3", SpanText(text, e));
        Assert.Equal("remind me to call Acme", e.Remainder(text));
    }

    [Fact]
    public void SpansStayExactAfterCharactersThatFoldToTwoLetters()
    {
        const string text = "Große Straße: Übergabe morgen um 10";
        var e = TimeExpressionRecognizer.Instance.Recognize(text, Language.De, Tuesday, Berlin);
        Assert.Equal("morgen um 10", SpanText(text, e));
        Assert.Equal(new LocalDateTime(2026, 11, 25, 10, 0), e.Moment);
    }

    [Fact]
    public void SeparatedDateAndTimeAreJoinedAndBothCutFromTheRemainder()
    {
        const string text = "tomorrow I need to call Acme at 3pm";
        var e = TimeExpressionRecognizer.Instance.Recognize(text, Language.En, Tuesday, Berlin);
        Assert.Equal(new LocalDateTime(2026, 11, 25, 15, 0), e.Moment);
        Assert.Equal(2, e.Spans.Count);
        Assert.Equal("I need to call Acme", e.Remainder(text));
    }

    [Fact]
    public void MomentIsAlsoGivenAsAnInstantInTheUsersZone()
    {
        var e = TimeExpressionRecognizer.Instance.Recognize("morgen um 15 Uhr", Language.De, Tuesday, Berlin);
        Assert.Equal(Instant.FromUtc(2026, 11, 25, 14, 0), e.At);
    }

    [Fact]
    public void SkippedLocalTimeOnDstDayResolvesForward()
    {
        var e = TimeExpressionRecognizer.Instance.Recognize("Sonntag um 02:30", Language.De, new LocalDateTime(2026, 3, 28, 14, 0), Berlin);
        Assert.Equal(new LocalDateTime(2026, 3, 29, 2, 30), e.Moment);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), e.At);
    }

    [Theory]
    [InlineData("Erinnere mich morgen um 10 an den Anruf", Language.De, "2026-11-25T10:00")]
    [InlineData("recuérdame llamar a Pedro mañana a las 10", Language.Es, "2026-11-25T10:00")]
    [InlineData("ingatkan saya untuk telepon besok jam 10", Language.Id, "2026-11-25T10:00")]
    [InlineData("remind me to call the client tomorrow at 10", Language.En, "2026-11-25T10:00")]
    public void AutoLanguageFindsTheLanguageAndTheTime(string text, Language language, string expected)
    {
        var e = TimeExpressionRecognizer.Instance.Recognize(text, null, Tuesday, Berlin);
        Assert.Equal(language, e.Language);
        Assert.Equal(expected, TimeCases.Minutes.Format(e.Moment!.Value));
    }

    [Theory]
    [InlineData("call Acme about pricing")]
    [InlineData("Müller GmbH Lieferverzug")]
    [InlineData("PT Maju Jaya soal kontrak")]
    [InlineData("the 3 options we discussed")]
    [InlineData("market share grew 3 points")]
    public void AutoLanguageDoesNotInventTimes(string text) =>
        Assert.Equal(TimeExpressionKind.None, TimeExpressionRecognizer.Instance.Recognize(text, null, Tuesday, Berlin).Kind);

    [Fact]
    public void EmptyTextHasNoTime() =>
        Assert.Same(TimeExpression.None, TimeExpressionRecognizer.Instance.Recognize("  ", Language.En, Tuesday, Berlin));
}
