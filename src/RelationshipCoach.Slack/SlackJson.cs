using System.Text.Json;

namespace RelationshipCoach.Slack;

/// <summary>Null-safe reading of the nested JSON Slack sends (payloads, envelopes, events).</summary>
public static class SlackJson
{
    public static string? Text(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    public static bool Flag(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return false;
        }
        return element.ValueKind == JsonValueKind.True;
    }

    public static JsonElement Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;
}
