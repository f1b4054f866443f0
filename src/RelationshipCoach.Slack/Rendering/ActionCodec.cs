using System.Text.Json;

namespace RelationshipCoach.Slack.Rendering;

/// <summary>
/// Carries a Reply action through Slack: the action id in the button's action_id (with a per-message index, because
/// Slack wants action_ids unique per message) and its values as JSON in the button's value.
/// </summary>
public static class ActionCodec
{
    public const int MaxActionIdLength = 255;
    public const int MaxValueLength = 2000;
    private const char IndexMark = '~';

    public static string ActionId(string id, int index)
    {
        var actionId = $"{id}{IndexMark}{index}";
        if (actionId.Length > MaxActionIdLength)
            throw new InvalidOperationException($"The action id '{id[..40]}…' is too long for a Slack action_id ({MaxActionIdLength}).");
        return actionId;
    }

    public static string ReplyActionId(string actionId)
    {
        var mark = actionId.LastIndexOf(IndexMark);
        return mark > 0 ? actionId[..mark] : actionId;
    }

    /// <summary>The values as the button's value, or null when there are none.</summary>
    public static string? Value(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0) return null;
        var json = JsonSerializer.Serialize(values);
        if (json.Length > MaxValueLength)
            throw new InvalidOperationException($"The values of an action are {json.Length} characters; a Slack button carries at most {MaxValueLength}.");
        return json;
    }

    public static Dictionary<string, string> Values(string? value)
    {
        if (string.IsNullOrEmpty(value)) return [];
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(value) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
