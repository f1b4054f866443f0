using System.Text.Json;

namespace RelationshipCoach.Slack.Delivery;

/// <summary>How to reach a person in Slack later: their workspace and the bot's DM channel with them, kept in the address book as JSON.</summary>
public sealed record SlackAddress(string Team, string DmChannel)
{
    public string ToJson() => JsonSerializer.Serialize(new { team = Team, dmChannel = DmChannel });

    public static SlackAddress? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty("team", out var team) && doc.RootElement.TryGetProperty("dmChannel", out var dm)
                && team.GetString() is { } t && dm.GetString() is { } d ? new SlackAddress(t, d) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
