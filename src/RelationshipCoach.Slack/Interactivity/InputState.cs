using System.Text.Json;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>Reads what a person typed or picked from a payload's state.values, keyed by block_id (the ReplyInput's id).</summary>
public static class InputState
{
    public static Dictionary<string, string> Read(JsonElement state)
    {
        var values = new Dictionary<string, string>();
        if (state.ValueKind != JsonValueKind.Object || !state.TryGetProperty("values", out var blocks) || blocks.ValueKind != JsonValueKind.Object)
            return values;
        foreach (var block in blocks.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var element in block.Value.EnumerateObject())
                if (ValueOf(element.Value) is { } value) values[block.Name] = value;
        }
        return values;
    }

    private static string? ValueOf(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var name in new[] { "value", "selected_date", "selected_time" })
            if (element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) return v.GetString();
        return element.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object
            && option.TryGetProperty("value", out var selected) ? selected.GetString() : null;
    }
}
