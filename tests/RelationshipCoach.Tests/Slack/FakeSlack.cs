using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Slack;

/// <summary>
/// A fake Slack on a real loopback port: the Web API (recording every call, answering like Slack, failing on
/// request with 429 or 500), response_url endpoints, and a Socket Mode WebSocket the test drives.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-token";
    public const string AppToken = "xapp-test-token";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _failures = new();
    private int _ts = 1000;
    private readonly OutsideDelay _delay = new();

    /// <summary>Every call in arrival order: method (a Web API method, or "message" for a response_url post), arguments, bearer token.</summary>
    public ConcurrentQueue<SlackCall> Calls { get; } = new();
    public ConcurrentDictionary<string, string> ChatUpdateFailures { get; } = new();
    /// <summary>What conversations.members answers for each channel id.</summary>
    public ConcurrentDictionary<string, string[]> ChannelMembers { get; } = new();
    /// <summary>People users.info describes by their own name and email (or as a bot); anyone else is Rita Rep.</summary>
    public ConcurrentDictionary<string, (string Name, string Email, bool IsBot)> People { get; } = new();
    public Channel<string> SocketAcks { get; } = Channel.CreateUnbounded<string>();
    public int SocketConnections => _socketConnections;
    private int _socketConnections;
    private Channel<string> _toSocket = Channel.CreateUnbounded<string>();

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;
    public Uri ApiUrl => new(BaseUrl, "api/");
    public string ResponseUrl(string id) => new Uri(BaseUrl, $"respond/{id}").ToString();

    public static async Task<FakeSlack> StartAsync()
    {
        var app = LoopbackServer.Create();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.ApiAsync);
        app.MapPost("/respond/{id}", fake.RespondAsync);
        app.Map("/socket", fake.SocketAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(LoopbackServer.Address(app) + "/");
        return fake;
    }

    /// <summary>The next Web API calls answer with these HTTP statuses (429 comes with Retry-After: 1) before answering normally.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses) _failures.Enqueue(status);
    }

    /// <summary>Until the returned release is called, Web API calls are recorded but not answered: Slack being slow.</summary>
    public Action Hold() => _delay.Hold();

    public IEnumerable<SlackCall> CallsTo(string method) => Calls.Where(c => c.Method == method);

    /// <summary>Waits until a call matching the condition arrived; fails the test after 20 s.</summary>
    public async Task<SlackCall> WaitForAsync(string method, Func<SlackCall, bool>? match = null, int count = 1)
    {
        for (var i = 0; i < 400; i++)
        {
            var found = CallsTo(method).Where(c => match?.Invoke(c) ?? true).ToList();
            if (found.Count >= count) return found[count - 1];
            await Task.Delay(50);
        }
        throw new TimeoutException($"Slack never got {count} × {method}; calls: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    public async Task SendToSocketAsync(object frame) => await _toSocket.Writer.WriteAsync(JsonSerializer.Serialize(frame));

    private async Task<IResult> ApiAsync(HttpContext http, string method)
    {
        var args = await ReadArgsAsync(http.Request);
        var token = http.Request.Headers.Authorization.FirstOrDefault()?.Replace("Bearer ", "");
        Calls.Enqueue(new SlackCall(method, args, token));
        await _delay.WhileHeldAsync();
        if (_failures.TryDequeue(out var status))
        {
            if (status == 429) http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(status);
        }
        if (method != "oauth.v2.access" && token is null) return Results.Json(new { ok = false, error = "not_authed" });
        var ts = $"{Interlocked.Increment(ref _ts)}.000100";
        return method switch
        {
            "chat.postMessage" => Results.Json(new { ok = true, channel = (string?)args["channel"], ts, message = new { ts } }),
            "chat.update" => Results.Json(new { ok = true, channel = (string?)args["channel"], ts = (string?)args["ts"] }),
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = "D" + (string?)args["users"] } }),
            "conversations.members" => ChannelMembers.TryGetValue((string?)args["channel"] ?? "", out var members)
                ? Results.Json(new { ok = true, members, response_metadata = new { next_cursor = "" } })
                : Results.Json(new { ok = false, error = "channel_not_found" }),
            "users.info" when People.TryGetValue((string?)args["user"] ?? "", out var person) => Results.Json(new
            {
                ok = true,
                user = new
                {
                    id = (string?)args["user"], is_bot = person.IsBot, tz = "Europe/Berlin", real_name = person.Name,
                    profile = new { display_name = person.Name, email = person.Email },
                },
            }),
            "users.info" => Results.Json(new
            {
                ok = true,
                user = new
                {
                    id = (string?)args["user"], tz = "Europe/Berlin", tz_offset = 3600, real_name = "Rita Rep",
                    locale = (string?)args["include_locale"] == "true" ? "en-US" : null,
                    profile = new { display_name = "rita", email = "rita@example.com" },
                },
            }),
            "views.open" or "views.publish" => Results.Json(new { ok = true, view = new { id = "V1" } }),
            "apps.connections.open" => token == AppToken
                ? Results.Json(new { ok = true, url = new Uri(BaseUrl, "socket").ToString().Replace("http://", "ws://") })
                : Results.Json(new { ok = false, error = "invalid_auth" }),
            "oauth.v2.access" => (string?)args["code"] == "good-code"
                ? Results.Json(new { ok = true, access_token = "xoxb-installed-token", bot_user_id = "UBOT2", team = new { id = "T-INSTALLED", name = "Installed Inc" } })
                : Results.Json(new { ok = false, error = "invalid_code" }),
            _ => Results.Json(new { ok = false, error = "unknown_method" }),
        };
    }

    private async Task<IResult> RespondAsync(HttpContext http, string id)
    {
        Calls.Enqueue(new SlackCall("message", await ReadArgsAsync(http.Request), null, id));
        return Results.Text("ok");
    }

    private async Task SocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest) { http.Response.StatusCode = 400; return; }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _socketConnections);
        var toSend = _toSocket;
        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"hello","num_connections":1}"""), WebSocketMessageType.Text, true, default);
        var receiving = Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, default);
                if (result.MessageType == WebSocketMessageType.Close) break;
                await SocketAcks.Writer.WriteAsync(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
        });
        await foreach (var frame in toSend.Reader.ReadAllAsync(http.RequestAborted))
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, default);
            if (frame.Contains("\"disconnect\""))
            {
                _toSocket = Channel.CreateUnbounded<string>();
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, default);
                break;
            }
        }
        await Task.WhenAny(receiving, Task.Delay(2000));
    }

    private static async Task<JsonObject> ReadArgsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return new JsonObject(form.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value.ToString())));
        }
        return await JsonSerializer.DeserializeAsync<JsonObject>(request.Body) ?? [];
    }

    /// <summary>Writes every call with blocks or a view as a recording check-blocks.sh reads, when SLACK_PAYLOADS_DIR is set.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SLACK_PAYLOADS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var calls = Calls.Where(c => c.Args.ContainsKey("blocks") || c.Args.ContainsKey("view"))
                .Select(c => new JsonObject { ["method"] = c.Method, ["args"] = c.Args.DeepClone() });
            await File.WriteAllTextAsync(Path.Combine(folder, $"host-{Guid.NewGuid():n}.json"),
                new JsonObject { ["calls"] = new JsonArray([.. calls]) }.ToJsonString());
        }
        await _app.DisposeAsync();
    }
}

/// <summary>One call the fake Slack received.</summary>
public sealed record SlackCall(string Method, JsonObject Args, string? Token, string? ResponseId = null)
{
    public string Json => SlackSender.Text(Args);
}
