using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>Routes an interactivity payload by its type; the answer (if any) is the body Slack gets back.</summary>
public sealed class InteractivityHandler(IServiceScopeFactory scopes, SlackWorkQueue work)
{
    public async Task<JsonObject?> HandleAsync(JsonElement payload, CancellationToken ct)
    {
        switch (payload.Text("type"))
        {
            case "block_actions" when ButtonClick.Read(payload) is { } click:
                await BlockActionsHandler.AcceptAsync(work, click, ct);
                return null;
            case "view_submission" when payload.Text("view", "callback_id") == Rendering.ModalRenderer.CallbackId:
                await using (var scope = scopes.CreateAsyncScope())
                    return await scope.ServiceProvider.GetRequiredService<ViewSubmissionHandler>().HandleAsync(payload, ct);
            default:
                return null;
        }
    }
}
