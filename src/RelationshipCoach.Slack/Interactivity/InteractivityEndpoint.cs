using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>POST /api/slack/interactivity: clicks and modal submissions, as a form with one field, payload (JSON).</summary>
public static class InteractivityEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, SlackOptions options, TimeProvider clock, InteractivityHandler handler)
    {
        var (body, refusal) = await VerifiedBody.ReadAsync(http, options, clock);
        if (refusal is not null) return refusal;
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body!));
        if (!form.TryGetValue("payload", out var payload)) return Results.BadRequest();
        try
        {
            using var doc = JsonDocument.Parse(payload.ToString());
            var answer = await handler.HandleAsync(doc.RootElement, http.RequestAborted);
            return answer is null ? Results.Ok() : Results.Json(answer);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
    }
}
