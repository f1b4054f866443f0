using System.Text;
using System.Text.Json;
using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

/// <summary>The JSON answer of the host's "when" verb: {"kind":"datetime","at":…}, {"kind":"recurrence","rrule":…} or {"kind":"none"}.</summary>
public static class TimeExpressionJson
{
    public static string ResolveToJson(string text, Language? lang, LocalDateTime reference) =>
        ToJson(TimeExpressionRecognizer.Instance.Recognize(text, lang, reference, DateTimeZone.Utc));

    public static string ToJson(TimeExpression expression)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            switch (expression.Kind)
            {
                case TimeExpressionKind.Moment:
                    json.WriteString("kind", "datetime");
                    json.WriteString("at", expression.Moment!.Value.ToString("yyyy-MM-dd'T'HH:mm", null));
                    break;
                case TimeExpressionKind.Recurrence:
                    json.WriteString("kind", "recurrence");
                    json.WriteString("rrule", expression.Recurrence!.RRule);
                    break;
                default:
                    json.WriteString("kind", "none");
                    break;
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
