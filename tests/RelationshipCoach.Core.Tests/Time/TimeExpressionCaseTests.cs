using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Time;

public class TimeExpressionCaseTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public static TheoryData<string, string, string, string?> English => TimeCases.For(Language.En);
    public static TheoryData<string, string, string, string?> German => TimeCases.For(Language.De);
    public static TheoryData<string, string, string, string?> Spanish => TimeCases.For(Language.Es);
    public static TheoryData<string, string, string, string?> Indonesian => TimeCases.For(Language.Id);

    [Theory, MemberData(nameof(English))]
    public void En(string reference, string text, string expected, string? remainder) => Check(Language.En, reference, text, expected, remainder);

    [Theory, MemberData(nameof(German))]
    public void De(string reference, string text, string expected, string? remainder) => Check(Language.De, reference, text, expected, remainder);

    [Theory, MemberData(nameof(Spanish))]
    public void Es(string reference, string text, string expected, string? remainder) => Check(Language.Es, reference, text, expected, remainder);

    [Theory, MemberData(nameof(Indonesian))]
    public void Id(string reference, string text, string expected, string? remainder) => Check(Language.Id, reference, text, expected, remainder);

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.De)]
    [InlineData(Language.Es)]
    [InlineData(Language.Id)]
    public void EachLanguageHasAtLeastAHundredCasesIncludingTimeFreeText(Language language)
    {
        var rows = TimeCases.Rows(language).ToList();
        Assert.True(rows.Count >= 100, $"{language}: {rows.Count} cases");
        Assert.True(rows.Count(r => r[2] == "none") >= 5, $"{language}: too few time-free cases");
    }

    private static void Check(Language language, string reference, string text, string expected, string? remainder)
    {
        var result = TimeExpressionRecognizer.Instance.Recognize(text, language, TimeCases.Minutes.Parse(reference).Value, Berlin);
        var actual = result.Kind switch
        {
            TimeExpressionKind.Moment => TimeCases.Minutes.Format(result.Moment!.Value),
            TimeExpressionKind.Recurrence => "RRULE:" + result.Recurrence!.RRule,
            _ => "none",
        };
        Assert.Equal(expected, actual);
        if (remainder is not null) Assert.Equal(remainder, result.Remainder(text));
    }
}
