using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Engagements;

/// <summary>How engagement dates and check-in times are written for a rep.</summary>
public static class EngagementDates
{
    public static string Short(LocalDate date, Language language) => date.ToString("d MMM yyyy", Texts.Culture(language));

    public static string When(Instant instant, Language language, DateTimeZone zone) =>
        instant.InZone(zone).ToString("ddd d MMM, HH:mm", Texts.Culture(language));

    /// <summary>A date from a form: ISO (what date pickers send) or anything the time recognizer reads as a moment.</summary>
    public static LocalDate? Read(string? text, Time.ITimeExpressionRecognizer recognizer, Language language, LocalDateTime localNow, DateTimeZone zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } iso) return iso.Value;
        var expression = recognizer.Recognize(text, language, localNow, zone);
        if (expression.Kind != Time.TimeExpressionKind.Moment) expression = recognizer.Recognize(text, null, localNow, zone);
        return expression is { Kind: Time.TimeExpressionKind.Moment, Moment: { } moment } ? moment.Date : null;
    }
}
