using System.Text.Json;

namespace RelationshipCoach.Teams.Connector;

/// <summary>
/// How to reach a person later: the service URL and tenant Teams gave us, the bot's and the person's channel ids,
/// and their 1:1 conversation once one exists. Stored as JSON in the Core's address book.
/// </summary>
public sealed record TeamsAddress(string ServiceUrl, string TenantId, string BotId, string UserId, string? ConversationId)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static TeamsAddress? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<TeamsAddress>(json, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
