using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Teams.Authentication;
using RelationshipCoach.Teams.Connector;

namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// `POST /api/messages`, the bot's messaging endpoint: authenticates and parses, then answers invokes in the response
/// and stores everything else in the inbox for the workers, so that Teams gets its 200 at once (it retries after
/// 15 s) and a stop loses nothing. The workers drop repeats; the inbox already drops a repeat racing the first.
/// </summary>
public static class ActivityEndpoint
{
    public const string Path = "/api/messages";
    /// <summary>A declared length above this is not trusted for the buffer's first size; the body still grows as it is read.</summary>
    private const int MaxPresizedBody = 1 << 20;

    public static IEndpointConventionBuilder MapActivities(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http, CallerCheck callers, IInboundLedger ledger, ActivityInbox inbox, ActivityQueue queue, ActivityProcessor processor,
        CancellationToken ct)
    {
        if (!callers.MayRead(http)) return Results.Unauthorized();
        using var body = new MemoryStream((int)Math.Min(http.Request.ContentLength ?? 4096, MaxPresizedBody));
        await http.Request.Body.CopyToAsync(body, ct);
        var bytes = new ArraySegment<byte>(body.GetBuffer(), 0, (int)body.Length);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes.AsSpan(), ActivityJson.Options);
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

        if (activity.Type == ActivityTypes.Invoke)
        {
            if (activity.Id is { Length: > 0 } && !await ledger.FirstTimeAsync(ActivityKeys.Delivery(activity), ct))
                return Results.Json(InvokeResponse.Message("").Body, statusCode: StatusCodes.Status200OK);
            var response = await processor.InvokeAsync(activity, ct);
            return response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, statusCode: response.Status);
        }
        var inboxId = ActivityKeys.Inbox(activity);
        if (inbox.TryAdd(inboxId, bytes.AsSpan())) queue.Enqueue(inboxId, activity, leftByStop: false);
        return Results.Ok();
    }
}
