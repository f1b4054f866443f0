using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RelationshipCoach.Teams.Activities;

/// <summary>A Bot Framework activity as it travels on the wire, in both directions; only the fields the coach reads or writes.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Summary { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }

    public static Activity Message(Attachment attachment, string summary) =>
        new() { Type = ActivityTypes.Message, Summary = summary, Attachments = [attachment] };
}

/// <summary>The activity types the coach acts on.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
}

/// <summary>A person or bot on the channel.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    /// <summary>Present in a team's roster (TeamsChannelAccount); Teams takes it from Entra ID, so it is verified.</summary>
    public string? Email { get; set; }
}

/// <summary>The chat an activity belongs to.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }
    public string? Name { get; set; }

    public bool IsPersonal => ConversationType is null
        ? IsGroup != true
        : string.Equals(ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A card or file attached to a message.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
}

/// <summary>Extra facts about a message: mentions and the client's locale and time zone.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? Timezone { get; set; }
}

/// <summary>What Teams adds to an activity: tenant, team, channel, meeting.</summary>
public sealed class TeamsChannelData
{
    public IdHolder? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public IdHolder? Channel { get; set; }
    public IdHolder? Meeting { get; set; }
    public string? EventType { get; set; }
}

/// <summary>An object that only carries an id (tenant, channel, meeting).</summary>
public sealed class IdHolder
{
    public string? Id { get; set; }
}

/// <summary>The team a conversation belongs to.</summary>
public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
}

/// <summary>The one JSON shape for activities: camelCase, case-insensitive reading (Teams samples differ in case), nulls left out.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
