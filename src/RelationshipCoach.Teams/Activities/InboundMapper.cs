using System.Globalization;
using System.Text.Json;
using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Reads who, what and which button out of an activity, in the Core's channel-neutral words.</summary>
public static class InboundMapper
{
    public const string MeetingEndedAction = "call.meeting-ended";
    /// <summary>The key of an Action.Submit's data that names the action; the rest of the data and the inputs are its values.</summary>
    public const string SubmitActionKey = "action";

    /// <summary>A person is their Entra object id in their tenant; the channel id (29:…) only when Teams sends no object id.</summary>
    public static UserRef User(Activity activity) =>
        new(Channels.Teams, Tenant(activity), activity.From?.AadObjectId ?? activity.From?.Id ?? "");

    public static string Tenant(Activity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id ?? "";

    public static Inbound Inbound(Activity activity, string text, InboundAction? action, DateTimeOffset now) =>
        new(User(activity), text, now)
        {
            Action = action,
            Locale = activity.Locale ?? ClientInfo(activity)?.Locale,
            TimeZone = activity.LocalTimezone ?? ClientInfo(activity)?.Timezone,
            DisplayName = string.IsNullOrWhiteSpace(activity.From?.Name) ? null : activity.From.Name,
        };

    /// <summary>Action.Submit data, which Teams delivers as a message whose value holds the data merged with the card's inputs.</summary>
    public static InboundAction? SubmitAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        var values = Values(value);
        if (!values.Remove(SubmitActionKey, out var id) || string.IsNullOrWhiteSpace(id)) return null;
        return new InboundAction(id, values);
    }

    /// <summary>An Action.Execute: the verb is the action id; the data (with the card's inputs merged in by Teams) are its values.</summary>
    public static InboundAction? ExecuteAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || Property(action, "verb") is not { Length: > 0 } verb)
            return null;
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? Values(d) : [];
        return new InboundAction(verb, data);
    }

    public static bool IsExecute(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && Property(action, "type") == "Action.Execute";

    /// <summary>The end of a Teams meeting, for the call-confirmation feature; the meeting id comes from channelData as the docs advise.</summary>
    public static InboundAction MeetingEnded(Activity activity)
    {
        var values = new Dictionary<string, string>();
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            if (Property(value, "title") is { } title) values["title"] = title;
            if (Property(value, "endTime") is { } end)
                values["endTime"] = DateTimeOffset.TryParse(end, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? at.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)
                    : end;
        }
        if (activity.ChannelData?.Meeting?.Id is { } meetingId) values["meetingId"] = meetingId;
        return new InboundAction(MeetingEndedAction, values);
    }

    private static Entity? ClientInfo(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string> Values(JsonElement data)
    {
        var values = new Dictionary<string, string>();
        foreach (var property in data.EnumerateObject())
        {
            if (property.NameEquals("msteams")) continue;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String: values[property.Name] = property.Value.GetString()!; break;
                case JsonValueKind.Null or JsonValueKind.Undefined: break;
                default: values[property.Name] = property.Value.GetRawText(); break;
            }
        }
        return values;
    }

    /// <summary>A string property by name, case-insensitively: Teams' samples spell EndTime and endTime.</summary>
    private static string? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
        return null;
    }
}
