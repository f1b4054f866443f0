using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Rendering;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>
/// A button click: acknowledged at once, then sent to the coach as an action. A reply with inputs opens as a modal;
/// a reply that replaces its source updates the clicked message; the others are delivered as messages.
/// </summary>
public sealed class BlockActionsHandler(
    Coach coach, SlackInbound inbound, SlackBotTokens tokens, SlackApiClient api, SlackReplies replies, InteractionReplies answers,
    ILogger<BlockActionsHandler> log)
{
    /// <summary>The modal title when a form has none.</summary>
    public const string DefaultTitle = "RelationshipCoach";

    public static ValueTask AcceptAsync(SlackWorkQueue work, ButtonClick click, CancellationToken ct) =>
        work.EnqueueAsync((services, token) => services.GetRequiredService<BlockActionsHandler>().HandleAsync(click, token), ct);

    public async Task HandleAsync(ButtonClick click, CancellationToken ct)
    {
        var from = click.From;
        var token = await tokens.ForTeamAsync(from.Team, ct);
        if (token is null)
        {
            log.LogWarning("No Slack bot token for workspace {Team}; the click is not answered.", from.Team);
            return;
        }
        var ask = await inbound.CreateAsync(from.Team, from.User, "", new InboundAction(click.ActionId, click.Values), token, ct);
        var answer = (await coach.HandleAsync(ask, ct)).ToList();

        if (click.TriggerId is not null && answer.FirstOrDefault(r => r.Inputs.Count > 0) is { } form && await OpenFormAsync(click, form, token, ct))
            answer.Remove(form);
        if (click.MessageTs is not null && answer.FirstOrDefault(r => r.ReplacesSource) is { } replacement)
        {
            await ReplaceAsync(from, click.MessageTs, replacement, token, ct);
            answer.Remove(replacement);
        }
        await answers.DeliverAsync(from, token, answer, ct);
    }

    private async Task<bool> OpenFormAsync(ButtonClick click, Reply form, string token, CancellationToken ct)
    {
        var submit = ModalRenderer.SubmitAction(form);
        var context = new FormContext(submit?.Id ?? click.ActionId, new Dictionary<string, string>(submit?.Values ?? new Dictionary<string, string>()),
            click.From.FromHome ? null : click.From.Channel, click.From.FromHome);
        return await api.OpenViewAsync(token, click.TriggerId!, ModalRenderer.View(form, context.ToJson(), DefaultTitle), ct) is not null;
    }

    private Task ReplaceAsync(ReplyDestination from, string messageTs, Reply reply, string token, CancellationToken ct) =>
        from.IsEphemeral && from.ResponseUrl is not null
            ? replies.RespondAsync(from.ResponseUrl, [reply], ct, replaceOriginal: true)
            : from.Channel is not null ? replies.UpdateAsync(token, from.Channel, messageTs, reply, ct) : answers.DeliverAsync(from, token, [reply], ct);
}
