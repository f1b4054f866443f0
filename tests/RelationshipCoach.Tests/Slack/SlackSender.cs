using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Tests.Slack;

/// <summary>Sends requests to the bot exactly as Slack does: raw body signed with v0 HMAC-SHA256 and a timestamp.</summary>
public sealed class SlackSender(HttpClient http, string secret)
{
    public const string Team = "T1";
    public const string BotUser = "UBOT";
    private int _events;

    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, DateTimeOffset? at = null, string? signatureSecret = null, int? retry = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(signatureSecret ?? secret, timestamp, Encoding.UTF8.GetBytes(body)));
        if (retry is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString());
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.SendAsync(request);
    }

    public string NewEventId() => $"Ev{Guid.NewGuid():N}"[..20] + Interlocked.Increment(ref _events);

    public static JsonObject Envelope(string eventId, JsonObject ev) => new()
    {
        ["token"] = "legacy", ["team_id"] = Team, ["api_app_id"] = "A1", ["type"] = "event_callback",
        ["event_id"] = eventId, ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["event"] = ev.DeepClone(),
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = BotUser, ["is_bot"] = true }),
    };

    public static JsonObject DirectMessage(string user, string text) => new()
    {
        ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D" + user, ["user"] = user, ["text"] = text,
        ["ts"] = "1700000000.000100", ["team"] = Team,
    };

    public Task<HttpResponseMessage> EventAsync(string eventId, JsonObject ev, int? retry = null) =>
        PostAsync("/api/slack/events", Envelope(eventId, ev).ToJsonString(), "application/json", retry: retry);

    public Task<HttpResponseMessage> DirectMessageAsync(string user, string text) => EventAsync(NewEventId(), DirectMessage(user, text));

    public Task<HttpResponseMessage> CommandAsync(string user, string text, string responseUrl) =>
        PostAsync("/api/slack/commands", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "legacy", ["command"] = "/coach", ["text"] = text, ["response_url"] = responseUrl, ["trigger_id"] = "trigger-1",
            ["user_id"] = user, ["user_name"] = user, ["team_id"] = Team, ["team_domain"] = "acme", ["channel_id"] = "C1",
            ["channel_name"] = "general", ["api_app_id"] = "A1", ["is_enterprise_install"] = "false",
        }).ReadAsStringAsync().Result, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> InteractAsync(JsonObject payload) =>
        PostAsync("/api/slack/interactivity",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }).ReadAsStringAsync().Result,
            "application/x-www-form-urlencoded");

    /// <summary>A block_actions payload for clicking the button whose action_id starts with the Reply action id, in a posted message.</summary>
    public static JsonObject Click(string user, JsonObject postedArgs, string replyActionId, string messageTs, string? responseUrl = null, JsonObject? state = null)
    {
        var button = postedArgs["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .First(e => ((string)e!["action_id"]!).StartsWith(replyActionId + "~"))!;
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = Team },
            ["team"] = new JsonObject { ["id"] = Team },
            ["api_app_id"] = "A1",
            ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N")[..8],
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = (string?)postedArgs["channel"], ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = (string?)postedArgs["channel"] },
            ["message"] = new JsonObject { ["ts"] = messageTs, ["blocks"] = postedArgs["blocks"]!.DeepClone() },
            ["response_url"] = responseUrl,
            ["state"] = state ?? new JsonObject { ["values"] = new JsonObject() },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = button["action_id"]!.DeepClone(), ["block_id"] = "b1",
                ["value"] = button["value"]?.DeepClone(), ["action_ts"] = "1700000001.0001",
            }),
        };
    }

    public static async Task<JsonObject?> JsonAsync(HttpResponseMessage response) =>
        response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonObject>();

    public static string Text(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
