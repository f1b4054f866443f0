using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Rendering;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>
/// A submitted modal: the coach's answer decides the response. Field errors stay in the modal, another form
/// replaces it, anything else closes it and is delivered as messages.
/// </summary>
public sealed class ViewSubmissionHandler(Coach coach, SlackInbound inbound, SlackBotTokens tokens, SlackWorkQueue work)
{
    public async Task<JsonObject?> HandleAsync(JsonElement payload, CancellationToken ct)
    {
        var view = payload.Child("view");
        var user = payload.Text("user", "id");
        var team = payload.Text("team", "id") ?? payload.Text("user", "team_id");
        if (FormContext.Parse(view.Text("private_metadata")) is not { } form || user is null || team is null) return null;

        var values = new Dictionary<string, string>(form.Values);
        foreach (var (key, value) in InputState.Read(view.Child("state"))) values[key] = value;
        var token = await tokens.ForTeamAsync(team, ct);
        if (token is null) return null;
        var answer = await coach.HandleAsync(await inbound.CreateAsync(team, user, "", new InboundAction(form.ActionId, values), token, ct), ct);

        if (answer.FirstOrDefault(r => r.Inputs.Any(i => !string.IsNullOrWhiteSpace(i.Error))) is { } refused)
            return new JsonObject
            {
                ["response_action"] = "errors",
                ["errors"] = new JsonObject(refused.Inputs.Where(i => !string.IsNullOrWhiteSpace(i.Error))
                    .Select(i => KeyValuePair.Create(i.Id, (JsonNode?)SlackText.Cut(i.Error!, 2000)))),
            };
        if (answer.FirstOrDefault(r => r.Inputs.Count > 0) is { } next)
        {
            var submit = ModalRenderer.SubmitAction(next);
            var context = form with { ActionId = submit?.Id ?? form.ActionId, Values = new Dictionary<string, string>(submit?.Values ?? new Dictionary<string, string>()) };
            return new JsonObject { ["response_action"] = "update", ["view"] = ModalRenderer.View(next, context.ToJson(), BlockActionsHandler.DefaultTitle) };
        }

        var to = new ReplyDestination(team, user, form.Channel, ResponseUrl: null, IsEphemeral: false, form.FromHome);
        await work.EnqueueAsync((services, ct2) => services.GetRequiredService<InteractionReplies>().DeliverAsync(to, token, answer, ct2), ct);
        return null;
    }
}
