using System.Text.Json;

namespace RelationshipCoach.Slack.Commands;

/// <summary>The fields of a slash command the bot uses, whether they came as a form (HTTP) or as JSON (Socket Mode).</summary>
public sealed record SlashCommand(string Team, string User, string? Channel, string Text, string? ResponseUrl)
{
    public static SlashCommand? From(Func<string, string?> field) =>
        field("team_id") is { Length: > 0 } team && field("user_id") is { Length: > 0 } user
            ? new SlashCommand(team, user, field("channel_id"), field("text") ?? "", field("response_url"))
            : null;

    public static SlashCommand? FromJson(JsonElement payload) =>
        From(name => payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null);
}
