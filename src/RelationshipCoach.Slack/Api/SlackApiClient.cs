using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace RelationshipCoach.Slack.Api;

/// <summary>The Slack Web API methods the bot uses, over the "slack" HttpClient (base URL Slack:ApiBaseUrl).</summary>
public sealed class SlackApiClient(IHttpClientFactory clients, ChannelPace pace, ILogger<SlackApiClient> log)
{
    public const string HttpClientName = "slack";

    public async Task<JsonObject?> PostMessageAsync(string token, JsonObject message, CancellationToken ct)
    {
        await pace.WaitTurnAsync((string)message["channel"]!, ct);
        return await CallAsync("chat.postMessage", token, message, ct);
    }

    public Task<JsonObject?> UpdateAsync(string token, JsonObject message, CancellationToken ct) => CallAsync("chat.update", token, message, ct);

    public Task<JsonObject?> PostEphemeralAsync(string token, JsonObject message, CancellationToken ct) => CallAsync("chat.postEphemeral", token, message, ct);

    /// <summary>The id of the bot's DM channel with a person.</summary>
    public async Task<string?> OpenDirectMessageAsync(string token, string user, CancellationToken ct) =>
        (string?)(await CallAsync("conversations.open", token, new JsonObject { ["users"] = user }, ct))?["channel"]?["id"];

    public Task<JsonObject?> OpenViewAsync(string token, string triggerId, JsonObject view, CancellationToken ct) =>
        CallAsync("views.open", token, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, ct);

    public Task<JsonObject?> PublishViewAsync(string token, string user, JsonObject view, CancellationToken ct) =>
        CallAsync("views.publish", token, new JsonObject { ["user_id"] = user, ["view"] = view }, ct);

    /// <summary>users.info with the locale, which Slack only includes when asked.</summary>
    public async Task<JsonObject?> UserInfoAsync(string token, string user, CancellationToken ct) =>
        (await CallFormAsync("users.info", token, new() { ["user"] = user, ["include_locale"] = "true" }, ct))?["user"] as JsonObject;

    /// <summary>Every member of a channel the bot is in (conversations.members, page by page); null when Slack refuses.</summary>
    public async Task<IReadOnlyList<string>?> ChannelMembersAsync(string token, string channel, CancellationToken ct)
    {
        var members = new List<string>();
        var cursor = "";
        do
        {
            var page = await CallFormAsync("conversations.members", token, new() { ["channel"] = channel, ["limit"] = "200", ["cursor"] = cursor }, ct);
            if (page is null) return null;
            members.AddRange((page["members"] as JsonArray ?? []).Select(m => (string?)m).OfType<string>());
            cursor = (string?)page["response_metadata"]?["next_cursor"] ?? "";
        }
        while (cursor.Length > 0);
        return members;
    }

    /// <summary>A fresh Socket Mode WebSocket URL; it is short-lived, so ask again for every connection.</summary>
    public async Task<Uri?> OpenSocketAsync(string appToken, CancellationToken ct) =>
        (string?)(await CallFormAsync("apps.connections.open", appToken, [], ct))?["url"] is { } url ? new Uri(url) : null;

    public Task<JsonObject?> ExchangeCodeAsync(string clientId, string clientSecret, string code, string redirectUri, CancellationToken ct) =>
        CallFormAsync("oauth.v2.access", token: null,
            new() { ["client_id"] = clientId, ["client_secret"] = clientSecret, ["code"] = code, ["redirect_uri"] = redirectUri }, ct);

    /// <summary>Posts to an interaction's response_url (valid 30 minutes, 5 times), which needs no token.</summary>
    public async Task<bool> RespondAsync(string responseUrl, JsonObject body, CancellationToken ct)
    {
        using var response = await clients.CreateClient(HttpClientName).PostAsJsonAsync(responseUrl, body, ct);
        if (response.IsSuccessStatusCode) return true;
        log.LogWarning("Slack refused a response_url post with HTTP {Status}.", (int)response.StatusCode);
        return false;
    }

    public Task<JsonObject?> CallAsync(string method, string token, JsonObject args, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = JsonContent.Create(args) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return SendAsync(method, request, ct);
    }

    private Task<JsonObject?> CallFormAsync(string method, string? token, Dictionary<string, string> args, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new FormUrlEncodedContent(args) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return SendAsync(method, request, ct);
    }

    /// <summary>Slack reports most failures as HTTP 200 with ok:false; both kinds are logged by method and error, never with the token.</summary>
    private async Task<JsonObject?> SendAsync(string method, HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            try
            {
                using var response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
                if (!response.IsSuccessStatusCode)
                {
                    log.LogWarning("Slack {Method} failed with HTTP {Status}.", method, (int)response.StatusCode);
                    return null;
                }
                var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
                if (body?["ok"]?.GetValue<bool>() == true) return body;
                log.LogWarning("Slack {Method} answered ok:false ({Error}).", method, (string?)body?["error"] ?? "no error given");
                return null;
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                log.LogWarning("Slack {Method} could not be called: {Reason}", method, e.Message);
                return null;
            }
        }
    }
}
