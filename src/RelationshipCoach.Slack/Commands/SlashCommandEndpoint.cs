using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Slack.Commands;

/// <summary>POST /api/slack/commands: slash commands over HTTP, form encoded.</summary>
public static class SlashCommandEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, SlackOptions options, TimeProvider clock, SlashCommandHandler handler)
    {
        var (body, refusal) = await VerifiedBody.ReadAsync(http, options, clock);
        if (refusal is not null) return refusal;
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body!));
        var command = SlashCommand.From(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
        if (command is null) return Results.BadRequest();
        return Results.Json(await handler.HandleAsync(command, http.RequestAborted));
    }
}
