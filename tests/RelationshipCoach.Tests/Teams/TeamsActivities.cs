using System.Text.Json.Nodes;

namespace RelationshipCoach.Tests.Teams;

/// <summary>The activities Teams would send a bot whose conversations live at <paramref name="serviceUrl"/>.</summary>
public sealed class TeamsActivities(string serviceUrl)
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:" + FakeTeamsChannel.AppId;

    /// <summary>A message from a person in their personal chat with the bot (or in the given conversation).</summary>
    public JsonObject Message(string user, string text, string? conversationType = null, JsonArray? entities = null) =>
        Activity("message", user, conversationType, new JsonObject { ["text"] = text, ["textFormat"] = "plain", ["entities"] = entities });

    public JsonObject Activity(string type, string user, string? conversationType = null, JsonObject? fields = null)
    {
        var personal = conversationType is null or "personal";
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "1:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "29:" + user, ["name"] = user, ["aadObjectId"] = "aad-" + user },
            ["conversation"] = new JsonObject
            {
                ["id"] = personal ? "a:personal-" + user : "19:shared-" + conversationType + "@thread.tacv2",
                ["conversationType"] = conversationType ?? "personal",
                ["tenantId"] = Tenant,
                ["isGroup"] = !personal,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Coach" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
        foreach (var (key, value) in fields ?? []) activity[key] = value?.DeepClone();
        return activity;
    }

    public static JsonArray BotMention() =>
        [new JsonObject { ["type"] = "mention", ["text"] = "<at>Coach</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Coach" } }];

    /// <summary>The activity Teams sends when a button of an Action.Execute card is pressed.</summary>
    public JsonObject Execute(string user, JsonObject action, IDictionary<string, string>? inputs = null)
    {
        var data = action["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>()) data[key] = value;
        return Activity("invoke", user, fields: new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = data },
                ["trigger"] = "manual",
            },
        });
    }
}
