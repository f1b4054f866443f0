using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Rendering;

namespace RelationshipCoach.Slack.Conversation;

/// <summary>Delivers the coach's replies to Slack: as new messages, through a response_url, or in place of the message clicked.</summary>
public sealed class SlackReplies(SlackApiClient api)
{
    public async Task PostAsync(string token, string channel, IEnumerable<Reply> replies, CancellationToken ct, string? threadTs = null)
    {
        foreach (var reply in replies)
        {
            var message = BlockKitRenderer.Message(reply);
            message["channel"] = channel;
            if (threadTs is not null) message["thread_ts"] = threadTs;
            await api.PostMessageAsync(token, message, ct);
        }
    }

    /// <summary>Replies through a response_url are seen only by the person who asked (ephemeral), like the command they typed.</summary>
    public async Task RespondAsync(string responseUrl, IEnumerable<Reply> replies, CancellationToken ct, bool replaceOriginal = false)
    {
        foreach (var reply in replies)
        {
            await api.RespondAsync(responseUrl, ResponseBody(reply, replaceOriginal), ct);
            replaceOriginal = false;
        }
    }

    public static JsonObject ResponseBody(Reply reply, bool replaceOriginal = false)
    {
        var body = BlockKitRenderer.Message(reply);
        body["response_type"] = "ephemeral";
        if (replaceOriginal) body["replace_original"] = true;
        return body;
    }

    public Task UpdateAsync(string token, string channel, string ts, Reply reply, CancellationToken ct)
    {
        var message = BlockKitRenderer.Message(reply);
        message["channel"] = channel;
        message["ts"] = ts;
        return api.UpdateAsync(token, message, ct);
    }
}
