using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Engagements;

/// <summary>When an engagement's regular check-ins fall: a recurrence as the rep wrote it ("every Monday at 9"), read in the owner's zone.</summary>
public sealed record CheckInSchedule(string Text, Recurrence Recurrence)
{
    /// <summary>The schedule the text describes, or null when the recognizer reads no recurrence in it.</summary>
    public static CheckInSchedule? Read(string text, ITimeExpressionRecognizer recognizer, Language? language, LocalDateTime localNow, DateTimeZone zone)
    {
        var expression = recognizer.Recognize(text, language, localNow, zone);
        if (expression is not { Kind: TimeExpressionKind.Recurrence, Recurrence: { } recurrence } && language is not null)
            expression = recognizer.Recognize(text, null, localNow, zone);
        return expression is { Kind: TimeExpressionKind.Recurrence, Recurrence: { } found } 
            ? new CheckInSchedule(Written(text, expression), found)
            : null;
    }

    /// <summary>Only the words of the recurrence, from its first part to its last: "every 2 weeks on Thursday at 10".</summary>
    private static string Written(string text, TimeExpression expression)
    {
        var start = expression.Spans.Min(s => s.Start);
        var end = expression.Spans.Max(s => s.End);
        return text[start..end].Trim();
    }

    /// <summary>The configured default (<see cref="CoachOptions.DefaultCheckIns"/>), anchored now.</summary>
    public static CheckInSchedule Default(CoachOptions options, ITimeExpressionRecognizer recognizer, LocalDateTime localNow, DateTimeZone zone) =>
        Read(options.DefaultCheckIns, recognizer, null, localNow, zone)
        ?? throw new InvalidOperationException($"The default check-in schedule '{options.DefaultCheckIns}' is not a recurrence.");
}
