using System.Text.Json;
using System.Text.Json.Serialization;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>
/// What a modal must remember until it is submitted (kept in the view's private_metadata): the action its submit
/// button stands for, that action's values, and where the answer goes.
/// </summary>
public sealed record FormContext(
    [property: JsonPropertyName("a")] string ActionId,
    [property: JsonPropertyName("v")] Dictionary<string, string> Values,
    [property: JsonPropertyName("c")] string? Channel,
    [property: JsonPropertyName("h")] bool FromHome)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static FormContext? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<FormContext>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
