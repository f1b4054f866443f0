using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

/// <summary>Finds and resolves the time expression in a chat message; a library-backed recognizer could replace ours.</summary>
public interface ITimeExpressionRecognizer
{
    /// <summary>Recognizes in <paramref name="language"/>, or in any of the four when null; <paramref name="reference"/> is "now" in <paramref name="zone"/>.</summary>
    TimeExpression Recognize(string text, Language? language, LocalDateTime reference, DateTimeZone zone);
}
