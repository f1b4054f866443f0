using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Teams.Authentication;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// `POST /api/messages`, the bot's messaging endpoint: authenticates, parses, de-duplicates, then answers invokes
/// in the response and queues everything else so that Teams gets its 200 at once (it retries after 15 s).
/// </summary>
public static class ActivityEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointConventionBuilder MapActivities(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http, CallerCheck callers, IInboundLedger ledger, ActivityQueue queue, ActivityProcessor processor, CancellationToken ct)
    {
        if (!callers.MayRead(http)) return Results.Unauthorized();
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ActivityJson.Options, ct);
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (!await callers.IsAllowedAsync(http, activity ?? new Activity(), ct)) return Results.Unauthorized();
        if (activity is not { Type.Length: > 0 })
            return Results.Problem(detail: "The body is not an activity with a type.", statusCode: StatusCodes.Status400BadRequest);
        if (!ServiceUrls.IsAcceptable(activity.ServiceUrl) || activity.Conversation?.Id is not { Length: > 0 })
            return Results.Problem(detail: "The activity needs an HTTPS serviceUrl and a conversation id.", statusCode: StatusCodes.Status400BadRequest);

        var firstDelivery = activity.Id is not { Length: > 0 } || await ledger.FirstTimeAsync(ActivityKeys.Delivery(activity), ct);
        if (activity.Type == ActivityTypes.Invoke)
        {
            if (!firstDelivery) return Results.Json(InvokeResponse.Message("").Body, statusCode: StatusCodes.Status200OK);
            var response = await processor.InvokeAsync(activity, ct);
            return response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, statusCode: response.Status);
        }
        if (firstDelivery) await queue.EnqueueAsync(activity, ct);
        return Results.Ok();
    }
}
