using System.Text.Json;
using RelationshipCoach.Slack.Rendering;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>A block_actions click, read out of its payload: the Reply action with its values merged with the message's inputs.</summary>
public sealed record ButtonClick(ReplyDestination From, string ActionId, Dictionary<string, string> Values, string? TriggerId, string? MessageTs)
{
    public static ButtonClick? Read(JsonElement payload)
    {
        var user = payload.Text("user", "id");
        var team = payload.Text("team", "id") ?? payload.Text("user", "team_id");
        var actions = payload.Child("actions");
        if (user is null || team is null || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0) return null;
        var action = actions[0];
        if (action.Text("action_id") is not { } actionId) return null;

        var values = ActionCodec.Values(action.Text("value"));
        var stateOwner = payload.Child("state").ValueKind == JsonValueKind.Object ? payload : payload.Child("view");
        foreach (var (key, value) in InputState.Read(stateOwner.Child("state"))) values[key] = value;

        var container = payload.Child("container");
        var fromHome = container.Text("type") == "view" && payload.Text("view", "type") == "home";
        var from = new ReplyDestination(team, user,
            payload.Text("channel", "id") ?? container.Text("channel_id"),
            payload.Text("response_url"),
            container.Flag("is_ephemeral"),
            fromHome);
        return new ButtonClick(from, ActionCodec.ReplyActionId(actionId), values, payload.Text("trigger_id"),
            container.Text("message_ts") ?? payload.Text("message", "ts"));
    }
}
