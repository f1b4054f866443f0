using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Teams;

/// <summary>The coach host configured as a real Teams bot against a fake channel, and the activities Teams would send it.</summary>
public sealed class TeamsBot : IAsyncLifetime
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:" + FakeTeamsChannel.AppId;

    public FakeTeamsChannel Channel { get; private set; } = null!;
    public CoachFactory Host { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeTeamsChannel.StartAsync();
        Host = CoachFactory.With(new Dictionary<string, string?>
        {
            ["Teams:MicrosoftAppId"] = FakeTeamsChannel.AppId,
            ["Teams:MicrosoftAppPassword"] = "bot-password",
            ["Teams:OpenIdMetadataUrl"] = Channel.MetadataUrl,
            ["Teams:TokenEndpoint"] = Channel.TokenUrl,
        });
        Http = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Channel.Token());
        return Http.SendAsync(request);
    }

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
            ["serviceUrl"] = Channel.ServiceUrl,
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

    /// <summary>Sends a message and returns the reply the bot posts for it.</summary>
    public async Task<ConnectorCall> SayAsync(string user, string text)
    {
        var message = Message(user, text);
        (await PostAsync(message)).EnsureSuccessStatusCode();
        return await Channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)message["id"]!));
    }

    public static JsonObject Action(JsonObject card, string verb) =>
        card["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["verb"] == verb);
}
