using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Delivery;
using RelationshipCoach.Slack.Home;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Handles one stored event: a DM to the bot and an @mention become an Inbound for the coach, whose replies are
/// posted back; opening App Home publishes the home tab. The bot's own, edited and system messages are ignored.
/// </summary>
public sealed partial class SlackEventProcessor(
    SlackEventInbox inbox, Coach coach, SlackInbound inbound, SlackReplies replies, SlackBotTokens tokens,
    IChannelAddressBook addresses, HomeTab home, IInboundLedger ledger, ILogger<SlackEventProcessor> log)
{
    /// <summary>Handles a stored event once; <paramref name="body"/> is its envelope when the caller still has it, else it is read back.</summary>
    public async Task ProcessStoredAsync(string eventId, byte[]? body, EventOrigin origin, CancellationToken ct)
    {
        body ??= await inbox.ReadAsync(eventId, ct);
        if (body is null) return;
        try
        {
            var firstTime = await ledger.FirstTimeAsync("slack:event:" + eventId, ct);
            if (!firstTime && origin == EventOrigin.Received) return;
            using var doc = JsonDocument.Parse(body);
            await ProcessAsync(doc.RootElement, ct);
        }
        finally
        {
            inbox.Remove(eventId);
        }
    }

    public async Task ProcessAsync(JsonElement envelope, CancellationToken ct)
    {
        if (!envelope.TryGetProperty("event", out var ev)) return;
        var team = Text(envelope, "team_id") ?? Text(ev, "team");
        var bot = envelope.TryGetProperty("authorizations", out var auths) && auths.ValueKind == JsonValueKind.Array && auths.GetArrayLength() > 0
            ? Text(auths[0], "user_id") : null;
        var user = Text(ev, "user");
        if (team is null || user is null || user == bot) return;

        switch (Text(ev, "type"))
        {
            case "message" when Text(ev, "channel_type") == "im" && IsPersonWriting(ev):
                await AnswerAsync(team, user, Text(ev, "channel")!, Text(ev, "text") ?? "", threadTs: null, rememberDm: true, ct);
                break;
            case "app_mention" when IsPersonWriting(ev):
                await AnswerAsync(team, user, Text(ev, "channel")!, WithoutMention(Text(ev, "text") ?? "", bot),
                    threadTs: Text(ev, "thread_ts") ?? Text(ev, "ts"), rememberDm: false, ct);
                break;
            case "app_home_opened" when Text(ev, "tab") == "home":
                await home.PublishAsync(team, user, ct);
                break;
        }
    }

    private async Task AnswerAsync(string team, string user, string channel, string text, string? threadTs, bool rememberDm, CancellationToken ct)
    {
        var token = await tokens.ForTeamAsync(team, ct);
        if (token is null)
        {
            log.LogWarning("No Slack bot token for workspace {Team}; the message is not answered.", team);
            return;
        }
        var person = SlackInbound.User(team, user);
        if (rememberDm) await addresses.RememberAsync(person, new SlackAddress(team, channel).ToJson(), ct);
        var answer = await coach.HandleAsync(await inbound.CreateAsync(team, user, text, action: null, token, ct), ct);
        await replies.PostAsync(token, channel, answer, ct, threadTs);
    }

    /// <summary>A person's new message: not a bot's (the bot's own included), not an edit, deletion or join notice.</summary>
    private static bool IsPersonWriting(JsonElement ev) =>
        !ev.TryGetProperty("bot_id", out _) && !ev.TryGetProperty("subtype", out _) && Text(ev, "channel") is not null;

    /// <summary>Removes the mention of the bot (or, when the bot's id is unknown, the leading mention) from the text.</summary>
    public static string WithoutMention(string text, string? botUserId) =>
        botUserId is null ? LeadingMention().Replace(text, "", 1).Trim() : text.Replace($"<@{botUserId}>", "").Trim();

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex LeadingMention();
}
