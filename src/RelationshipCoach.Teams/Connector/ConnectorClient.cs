using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Teams.Activities;

namespace RelationshipCoach.Teams.Connector;

/// <summary>
/// The Bot Connector REST API: send, reply, update, create a 1:1 conversation, read a roster. It talks only to
/// service URLs Teams gave us (on an authenticated activity or remembered with a person) and never logs tokens.
/// </summary>
public sealed class ConnectorClient(HttpClient http, AppTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    public const int RosterPageSize = 500;

    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        WriteAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", conversationId, null, activity, ct);

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct) =>
        WriteAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", conversationId, replyToId, activity, ct);

    public Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        activity.Id = activityId;
        return WriteAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", conversationId, activityId, activity, ct);
    }

    /// <summary>Creates (or, as Teams does for an existing pair, returns) the 1:1 conversation between the bot and a person.</summary>
    public async Task<string> CreateConversationAsync(TeamsAddress to, CancellationToken ct)
    {
        var body = new
        {
            bot = new { id = to.BotId },
            members = new[] { new { id = to.UserId } },
            isGroup = false,
            tenantId = to.TenantId,
            channelData = new { tenant = new { id = to.TenantId } },
        };
        using var response = await SendRawAsync(HttpMethod.Post, to.ServiceUrl, "v3/conversations", JsonContent.Create(body, options: ActivityJson.Options), null, null, ct);
        var created = await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options, ct);
        return created?.Id ?? throw new ConnectorException("The connector created a conversation without an id.", (int)response.StatusCode);
    }

    /// <summary>Every member of a team or chat, page by page.</summary>
    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken ct)
    {
        var members = new List<ChannelAccount>();
        string? continuation = null;
        do
        {
            var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={RosterPageSize}"
                + (continuation is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuation)}");
            using var response = await SendRawAsync(HttpMethod.Get, serviceUrl, path, null, conversationId, null, ct);
            var page = await response.Content.ReadFromJsonAsync<MembersPage>(ActivityJson.Options, ct);
            members.AddRange(page?.Members ?? []);
            continuation = string.IsNullOrEmpty(page?.ContinuationToken) ? null : page.ContinuationToken;
        } while (continuation is not null);
        return members;
    }

    private async Task<string?> WriteAsync(HttpMethod method, string serviceUrl, string path, string conversationId, string? activityId, Activity activity, CancellationToken ct)
    {
        using var response = await SendRawAsync(method, serviceUrl, path, JsonContent.Create(activity, options: ActivityJson.Options), conversationId, activityId, ct);
        // The Teams App Test Tool answers 202 without a body; an id is a courtesy, not a promise.
        if (response.Content.Headers.ContentLength is 0 or null && response.StatusCode == System.Net.HttpStatusCode.Accepted) return null;
        try
        {
            return (await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options, ct))?.Id;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method, string serviceUrl, string path, HttpContent? content, string? conversationId, string? activityId, CancellationToken ct)
    {
        if (!ServiceUrls.IsAcceptable(serviceUrl))
            throw new ConnectorException($"Refusing to call the service URL '{serviceUrl}': only HTTPS, or HTTP on loopback, is used.", 0);
        using var request = new HttpRequestMessage(method, ServiceUrls.Combine(serviceUrl, path)) { Content = content };
        if (await tokens.GetAsync(ct) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode) return response;

        var detail = await ReadDetailAsync(response, ct);
        logger.LogWarning("The Teams connector refused {Method} {Path} for conversation {ConversationId}, activity {ActivityId}: {Status} {Detail}",
            method, path.Split('?')[0], conversationId, activityId, (int)response.StatusCode, detail);
        var status = (int)response.StatusCode;
        response.Dispose();
        throw new ConnectorException($"The Teams connector answered {status} to {method} for conversation {conversationId}.", status);
    }

    /// <summary>The start of the connector's error body (its code and message); it never echoes our token.</summary>
    private static async Task<string> ReadDetailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        return text.Length > 300 ? text[..300] : text;
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);

    private sealed record MembersPage(List<ChannelAccount>? Members, string? ContinuationToken);
}

/// <summary>A connector call that failed for good (after retries); carries the HTTP status, 0 when no call was made.</summary>
public sealed class ConnectorException(string message, int status) : Exception(message)
{
    public int Status { get; } = status;
}
