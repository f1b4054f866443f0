using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Teams.Cards;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// Does what an authenticated activity asks: turns it into an Inbound, lets the Coach answer, and delivers the
/// replies through the connector. It translates; every decision about content is the Coach's.
/// </summary>
public sealed class ActivityProcessor(
    Coach coach,
    ActivityInbox inbox,
    ConnectorClient connector,
    TeamsMessenger messenger,
    TeamRoster roster,
    IChannelAddressBook addresses,
    IInboundLedger ledger,
    TimeProvider clock,
    ILogger<ActivityProcessor> logger)
{
    public const string MeetingEndEvent = "application/vnd.microsoft.meetingEnd";
    public const string CardActionInvoke = "adaptiveCard/action";
    /// <summary>Teams sends both conversationUpdate and installationUpdate for one install: one welcome per chat in this window.</summary>
    private static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Handles a stored activity once and then removes it from the inbox; one that a stop interrupts stays there and
    /// is handled again at the next start, so nothing accepted is lost.
    /// </summary>
    public async Task ProcessStoredAsync(string inboxId, Activity activity, bool leftByStop, CancellationToken ct)
    {
        try
        {
            var firstTime = activity.Id is not { Length: > 0 } || await ledger.FirstTimeAsync(ActivityKeys.Delivery(activity), ct);
            if (firstTime || leftByStop) await ProcessAsync(activity, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            inbox.Remove(inboxId);
            throw;
        }
        inbox.Remove(inboxId);
    }

    /// <summary>Everything except invokes, which must be answered in the HTTP response.</summary>
    public async Task ProcessAsync(Activity activity, CancellationToken ct)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, ct);
                break;
            case ActivityTypes.ConversationUpdate when (activity.MembersAdded ?? []).Any(m => m.Id == activity.Recipient?.Id):
                await OnInstalledAsync(activity, ct);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action == "add":
                await OnInstalledAsync(activity, ct);
                break;
            case ActivityTypes.Event when activity.Name == MeetingEndEvent:
                await OnMeetingEndedAsync(activity, ct);
                break;
        }
    }

    public async Task<InvokeResponse> InvokeAsync(Activity activity, CancellationToken ct)
    {
        if (activity.Name != CardActionInvoke) return InvokeResponse.NotImplemented;
        if (!InboundMapper.IsExecute(activity) || InboundMapper.ExecuteAction(activity) is not { } action)
            return InvokeResponse.Error(400, "NotSupported", "Only Action.Execute with a verb is supported.");
        await RememberAsync(activity, ct);

        var replies = await coach.HandleAsync(InboundMapper.Inbound(activity, "", action, clock.GetUtcNow()), ct);
        var replacement = replies.FirstOrDefault(r => r.ReplacesSource);
        foreach (var reply in replies.Where(r => r != replacement))
            await connector.SendAsync(activity.ServiceUrl!, activity.Conversation!.Id!, ReplyActivity.From(reply), ct);
        return replacement is not null
            ? InvokeResponse.Card(AdaptiveCardRenderer.Render(replacement))
            : InvokeResponse.Message(replies.Select(r => r.Title ?? r.Blocks.FirstOrDefault()?.Text).FirstOrDefault(t => t is not null) ?? "");
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken ct)
    {
        var submitted = InboundMapper.SubmitAction(activity);
        // In channels and group chats the bot hears every message but answers only when addressed.
        if (submitted is null && activity.Conversation?.IsPersonal == false && !MentionText.MentionsBot(activity)) return;
        await RememberAsync(activity, ct);
        var text = submitted is null ? MentionText.WithoutBotMention(activity) : "";
        var replies = await coach.HandleAsync(InboundMapper.Inbound(activity, text, submitted, clock.GetUtcNow()), ct);
        await DeliverAsync(activity, replies, ct);
    }

    private async Task OnInstalledAsync(Activity activity, CancellationToken ct)
    {
        await RememberAsync(activity, ct);
        await WelcomeAsync(activity, ct);
        if (activity.ChannelData?.Team?.Id is { } teamId)
            await roster.RememberMembersAsync(activity, teamId, ct);
    }

    private async Task WelcomeAsync(Activity activity, CancellationToken ct)
    {
        var window = clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)WelcomeWindow.TotalMilliseconds;
        var chat = ActivityKeys.Hash(activity.Conversation!.Id!);
        // Claiming the previous window too makes two events on either side of a window's boundary count as one install.
        if (!await ledger.FirstTimeAsync($"teams:welcome:{chat}:{window}", ct) || !await ledger.FirstTimeAsync($"teams:welcome:{chat}:{window - 1}", ct))
            return;
        var welcome = await coach.HandleAsync(InboundMapper.Inbound(activity, "", new InboundAction("help", new Dictionary<string, string>()), clock.GetUtcNow()), ct);
        foreach (var reply in welcome)
            await connector.SendAsync(activity.ServiceUrl!, activity.Conversation.Id!, ReplyActivity.From(reply), ct);
    }

    /// <summary>What follows a meeting is the organizer's business, so the answer goes to their 1:1 chat, not the meeting chat.</summary>
    private async Task OnMeetingEndedAsync(Activity activity, CancellationToken ct)
    {
        await RememberAsync(activity, ct);
        var inbound = InboundMapper.Inbound(activity, "", InboundMapper.MeetingEnded(activity), clock.GetUtcNow());
        foreach (var reply in await coach.HandleAsync(inbound, ct))
            await messenger.SendAsync(inbound.User, reply, ct);
    }

    /// <summary>Replies thread under the message; a reply that replaces its source updates the card whose button was pressed.</summary>
    private async Task DeliverAsync(Activity source, IReadOnlyList<Reply> replies, CancellationToken ct)
    {
        var conversation = source.Conversation!.Id!;
        foreach (var reply in replies)
        {
            var message = ReplyActivity.From(reply);
            if (reply.ReplacesSource && source.ReplyToId is { Length: > 0 } card)
                await connector.UpdateAsync(source.ServiceUrl!, conversation, card, message, ct);
            else if (source.Id is { Length: > 0 } id)
                await connector.ReplyAsync(source.ServiceUrl!, conversation, id, message, ct);
            else
                await connector.SendAsync(source.ServiceUrl!, conversation, message, ct);
        }
    }

    /// <summary>
    /// A personal chat is where proactive messages go; a team or group activity only tells us the service URL and the
    /// person's id, enough to open that chat later, and never overwrites a known personal chat.
    /// </summary>
    private async Task RememberAsync(Activity activity, CancellationToken ct)
    {
        if (activity.From?.Id is not { Length: > 0 } userId || activity.Recipient?.Id is not { Length: > 0 } botId) return;
        var user = InboundMapper.User(activity);
        var personal = activity.Conversation?.IsPersonal == true;
        if (!personal && await addresses.LookupAsync(user, ct) is not null) return;
        var address = new TeamsAddress(activity.ServiceUrl!, user.Tenant, botId, userId, personal ? activity.Conversation!.Id : null);
        await addresses.RememberAsync(user, address.ToJson(), ct);
        logger.LogDebug("Remembered the Teams address of {User}.", user);
    }
}

/// <summary>The answer to an invoke, written as the HTTP response: a status and the body Teams expects.</summary>
public sealed record InvokeResponse(int Status, JsonObject? Body)
{
    public static InvokeResponse NotImplemented { get; } = new(501, null);

    public static InvokeResponse Card(JsonObject card) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = AdaptiveCardRenderer.ContentType, ["value"] = card });

    public static InvokeResponse Message(string text) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text });

    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject
        {
            ["statusCode"] = status,
            ["type"] = "application/vnd.microsoft.error",
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });
}
