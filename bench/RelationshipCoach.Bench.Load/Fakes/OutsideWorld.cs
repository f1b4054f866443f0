using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace RelationshipCoach.Bench.Load.Fakes;

/// <summary>
/// Everything the coach talks to, on one loopback Kestrel: the Bot Framework's OpenID metadata, keys and token
/// endpoint, a Bot Connector, and Slack's Web API and response_url. It answers as fast as it can and counts calls.
/// </summary>
public sealed class OutsideWorld : IAsyncDisposable
{
    public const string SlackBotToken = "xoxb-bench-token";
    private readonly WebApplication _app;
    private long _connectorCalls;
    private long _slackCalls;
    private long _ts = 1_000;

    private OutsideWorld(WebApplication app) => _app = app;

    public TeamsIssuer Issuer { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public string ServiceUrl => BaseUrl + "/connector/";
    public string MetadataUrl => BaseUrl + "/openid";
    public string TokenUrl => BaseUrl + "/token";
    public string SlackApiUrl => BaseUrl + "/api/";
    public string ResponseUrl(string id) => $"{BaseUrl}/respond/{id}";
    public long ConnectorCalls => Interlocked.Read(ref _connectorCalls);
    public long SlackCalls => Interlocked.Read(ref _slackCalls);

    /// <summary>How long chat.postMessage takes to answer: Slack's own latency, for measuring sends to real channels.</summary>
    public TimeSpan SlackDelay { get; set; }

    /// <summary>Each chat.postMessage's channel and the moment it was answered, kept only when <see cref="RecordPosts"/> is set.</summary>
    public ConcurrentQueue<(string Channel, DateTimeOffset At)> Posted { get; } = new();

    public bool RecordPosts { get; set; }

    public static async Task<OutsideWorld> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var world = new OutsideWorld(app);
        world.MapTeams(app);
        world.MapSlack(app);
        await app.StartAsync();
        world.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return world;
    }

    private void MapTeams(WebApplication app)
    {
        app.MapGet("/openid", () => Results.Json(new { issuer = TeamsIssuer.Issuer, jwks_uri = BaseUrl + "/keys", id_token_signing_alg_values_supported = new[] { "RS256" } }));
        app.MapGet("/keys", () => Results.Json(Issuer.Keys()));
        app.MapPost("/token", () => Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "bench-app-token" }));
        app.Map("/connector/{**path}", async (HttpContext http, string path) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref _connectorCalls);
            return Results.Json(new { id = "activity-" + Interlocked.Increment(ref _ts) }, statusCode: 201);
        });
    }

    private void MapSlack(WebApplication app)
    {
        app.MapPost("/api/{method}", async (HttpContext http, string method) =>
        {
            var args = await ArgsAsync(http.Request);
            Interlocked.Increment(ref _slackCalls);
            var ts = $"{Interlocked.Increment(ref _ts)}.000100";
            if (method == "chat.postMessage")
            {
                if (SlackDelay > TimeSpan.Zero) await Task.Delay(SlackDelay);
                if (RecordPosts) Posted.Enqueue(((string?)args["channel"] ?? "", DateTimeOffset.UtcNow));
            }
            return method switch
            {
                "chat.postMessage" => Results.Json(new { ok = true, channel = (string?)args["channel"], ts, message = new { ts } }),
                "chat.update" => Results.Json(new { ok = true, channel = (string?)args["channel"], ts = (string?)args["ts"] }),
                "chat.postEphemeral" => Results.Json(new { ok = true, message_ts = ts }),
                "conversations.open" => Results.Json(new { ok = true, channel = new { id = "D" + (string?)args["users"] } }),
                "users.info" => Results.Json(new
                {
                    ok = true,
                    user = new
                    {
                        id = (string?)args["user"], tz = "Europe/Berlin", tz_offset = 3600, real_name = "Bench Rep", locale = "en-US",
                        profile = new { display_name = "bench", email = "bench@example.com" },
                    },
                }),
                "views.open" or "views.publish" or "views.update" => Results.Json(new { ok = true, view = new { id = "V1" } }),
                "auth.test" => Results.Json(new { ok = true, team_id = "T1", user_id = "UBOT", bot_id = "B1" }),
                _ => Results.Json(new { ok = false, error = "unknown_method" }),
            };
        });
        app.MapPost("/respond/{id}", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref _slackCalls);
            return Results.Text("ok");
        });
    }

    private static async Task<JsonObject> ArgsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return new JsonObject(form.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.ToString())));
        }
        return await System.Text.Json.JsonSerializer.DeserializeAsync<JsonObject>(request.Body) ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Issuer.Dispose();
    }
}
