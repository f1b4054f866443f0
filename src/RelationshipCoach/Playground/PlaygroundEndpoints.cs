using System.Net;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Playground;

/// <summary>The playground: its page at `/` and the API it talks to (a contract other checks rely on).</summary>
public static class PlaygroundEndpoints
{
    /// <summary>On by default only where nobody else can reach it: in Development or when every bound URL is loopback.</summary>
    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment)
    {
        if (bool.TryParse(configuration["Playground:Enabled"], out var enabled)) return enabled;
        if (environment.IsDevelopment()) return true;
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        return urls.Length > 0 && urls.All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        var host = url.Trim().Split("://").Last().Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']')] : host.Split(':')[0];
        return host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    public static void MapPlayground(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(PlaygroundEndpoints).Assembly, "RelationshipCoach.Playground.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        var api = app.MapGroup("/api/playground");
        api.MapGet("/users", (PlaygroundUsers users) =>
            Results.Ok(new { users = users.All.Select(u => new { id = u.Key, role = u.Value.ToString().ToLowerInvariant() }) }));
        api.MapPost("/messages", PostMessage);
        api.MapGet("/feed", GetFeed);
    }

    private static async Task<IResult> PostMessage(HttpContext http, PlaygroundUsers users, Coach coach, TimeProvider clock, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the message as application/json.");
        PlaygroundMessage? message;
        try
        {
            message = await http.Request.ReadFromJsonAsync<PlaygroundMessage>(ReplyJson.Options, ct);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {e.Message}");
        }
        if (message is null) return Problem(StatusCodes.Status400BadRequest, "The body is empty.");
        if (Unknown(users, message.User) is { } unknown) return unknown;
        if (message.Action is { Id: null or "" }) return Problem(StatusCodes.Status400BadRequest, "An action needs an id.");

        var inbound = new Inbound(PlaygroundUsers.Ref(message.User!), message.Text ?? "", clock.GetUtcNow())
        {
            Action = message.Action is { } a
                ? new InboundAction(a.Id!, (a.Values ?? []).Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!))
                : null,
            Locale = string.IsNullOrWhiteSpace(message.Locale) ? null : message.Locale,
            TimeZone = string.IsNullOrWhiteSpace(message.TimeZone) ? null : message.TimeZone,
        };
        var replies = await coach.HandleAsync(inbound, ct);
        return Results.Json(new { replies }, ReplyJson.Options);
    }

    private static async Task<IResult> GetFeed(
        string? user, string? after, PlaygroundUsers users, IUserDirectory directory, PlaygroundFeed feed, CancellationToken ct)
    {
        if (Unknown(users, user) is { } unknown) return unknown;
        long cursor = 0;
        if (!string.IsNullOrEmpty(after) && (!long.TryParse(after, out cursor) || cursor < 0))
            return Problem(StatusCodes.Status400BadRequest, "after must be a cursor returned by an earlier call.");
        var profile = await directory.GetOrCreateAsync(PlaygroundUsers.Ref(user!), ct);
        var rows = await feed.AfterAsync(profile.Id, cursor, ct);
        var items = rows.Select(r => new FeedItem(r.Id, DateTimeOffset.FromUnixTimeMilliseconds(r.At), JsonDocument.Parse(r.ReplyJson).RootElement)).ToList();
        return Results.Json(new { items, cursor = items.Count > 0 ? items[^1].Id : cursor }, ReplyJson.Options);
    }

    private static IResult? Unknown(PlaygroundUsers users, string? user) =>
        string.IsNullOrWhiteSpace(user) || !users.All.ContainsKey(user)
            ? Problem(StatusCodes.Status404NotFound, $"Unknown playground user '{user}'. The playground's users are {string.Join(", ", users.All.Keys)}.")
            : null;

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
