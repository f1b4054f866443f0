using Microsoft.AspNetCore.Http;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Slack.Events;

/// <summary>POST /api/slack/events: Slack's Events API over HTTP.</summary>
public static class EventsEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, SlackOptions options, TimeProvider clock, SlackEventIntake intake)
    {
        var (body, refusal) = await VerifiedBody.ReadAsync(http, options, clock);
        if (refusal is not null) return refusal;
        int? retry = int.TryParse(http.Request.Headers["X-Slack-Retry-Num"].FirstOrDefault(), out var n) ? n : null;
        try
        {
            var answer = intake.Accept(body!, retry);
            return answer is null ? Results.Ok() : Results.Json(answer);
        }
        catch (System.Text.Json.JsonException)
        {
            return Results.BadRequest();
        }
    }
}
