using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Accepts an Events API envelope quickly (Slack wants its answer within 3 s): answers url_verification, stores the
/// event and offers it to the background, which drops repeats of an event_id (Slack's retries included).
/// </summary>
public sealed class SlackEventIntake(SlackEventInbox inbox, SlackEventQueue queue, ILogger<SlackEventIntake> log)
{
    /// <summary>The body of the answer: the challenge for url_verification, else nothing.</summary>
    public JsonObject? Accept(byte[] body, int? retryNumber)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "url_verification") return new JsonObject { ["challenge"] = root.TryGetProperty("challenge", out var c) ? c.GetString() : null };
        if (type != "event_callback") return null;

        var eventId = root.TryGetProperty("event_id", out var id) ? id.GetString() : null;
        if (!SlackEventInbox.IsValidId(eventId)) return null;
        if (retryNumber is not null) log.LogInformation("Slack redelivers event {EventId} (retry {Retry}).", eventId, retryNumber);

        if (inbox.TryAdd(eventId!, body)) queue.Offer(eventId!, body, SlackEventQueue.ConversationOf(root));
        return null;
    }
}
