using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Teams;

/// <summary>
/// The outside world of a Teams bot, on a loopback Kestrel: the Bot Framework's OpenID metadata and signing keys,
/// the Entra token endpoint, and a Bot Connector that records every call the bot makes.
/// </summary>
public sealed class FakeTeamsChannel : IAsyncDisposable
{
    public const string AppId = "6a1f7b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b";
    public const string Kid = "fake-channel-key";
    public const string AppToken = "fake-app-token";
    public const string AppPassword = "bot-password";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<ConnectorCall> _received = new();
    private readonly ConcurrentQueue<int> _failures = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _tokenRequests;
    private int _ids;
    private readonly OutsideDelay _delay = new();

    public RSA SigningKey { get; } = RSA.Create(2048);
    public string BaseUrl { get; private set; } = "";
    public string ServiceUrl => BaseUrl + "/connector/";
    public string MetadataUrl => BaseUrl + "/openid";
    public string TokenUrl => BaseUrl + "/token";
    public int TokenRequests => _tokenRequests;
    /// <summary>The members GET pagedmembers returns, two to a page.</summary>
    public List<JsonObject> Members { get; } = [];
    public IReadOnlyList<ConnectorCall> Calls => _calls.ToList();
    /// <summary>Every call as it reached the connector, before a hold and before its answer (Status 0): a bot that dies while held is seen here only.</summary>
    public IReadOnlyList<ConnectorCall> Received => _received.ToList();

    private FakeTeamsChannel(WebApplication app) => _app = app;

    public static async Task<FakeTeamsChannel> StartAsync()
    {
        var app = LoopbackServer.Create();
        var channel = new FakeTeamsChannel(app);
        channel.Map(app);
        await app.StartAsync();
        channel.BaseUrl = LoopbackServer.Address(app);
        return channel;
    }

    /// <summary>The next connector calls answer these statuses (with Retry-After: 0) before the connector succeeds again.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses) _failures.Enqueue(status);
    }

    /// <summary>The coach's settings for a bot registered with this channel.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["Teams:MicrosoftAppId"] = AppId,
        ["Teams:MicrosoftAppPassword"] = AppPassword,
        ["Teams:OpenIdMetadataUrl"] = MetadataUrl,
        ["Teams:TokenEndpoint"] = TokenUrl,
    };

    /// <summary>The POST to the bot's messaging endpoint that Teams would send, with this channel's token.</summary>
    public HttpRequestMessage Post(JsonObject activity, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token());
        return request;
    }

    /// <summary>Until the returned release is called, connector calls wait unanswered: Teams being slow.</summary>
    public Action Hold() => _delay.Hold();

    public string Token(
        string? audience = AppId, string issuer = "https://api.botframework.com", string? serviceUrl = null,
        DateTime? expires = null, RSA? key = null, string kid = Kid)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? ServiceUrl };
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? SigningKey) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token that claims to need no signature; it must never be accepted.</summary>
    public string UnsignedToken()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Part("""{"alg":"none","typ":"JWT"}""") + "." +
            Part($$"""{"iss":"https://api.botframework.com","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":{{exp}}}""") + ".";
    }

    /// <summary>Waits until the bot has made a call that matches; the generous limit only bounds a broken test.</summary>
    public Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match) => WaitForAsync(_calls, match, "was answered");

    /// <summary>Waits until a matching call has reached the connector, answered or still held.</summary>
    public Task<ConnectorCall> WaitForReceivedAsync(Func<ConnectorCall, bool> match) => WaitForAsync(_received, match, "reached the connector");

    private async Task<ConnectorCall> WaitForAsync(ConcurrentQueue<ConnectorCall> calls, Func<ConnectorCall, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (calls.FirstOrDefault(match) is { } found) return found;
            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching call {what} within 60 s.");
            }
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/openid", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            jwks_uri = BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/keys", () =>
        {
            var p = SigningKey.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = Kid, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), endorsements = new[] { "msteams" } },
                },
            });
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            var form = await request.ReadFormAsync();
            return form["client_id"] == AppId && form["client_secret"] == AppPassword && form["grant_type"] == "client_credentials"
                ? Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = AppToken })
                : Results.StatusCode(401);
        });
        app.Map("/connector/{**path}", async (HttpContext http, string path) =>
        {
            var body = http.Request.ContentLength > 0 || http.Request.Method is "POST" or "PUT"
                ? JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync()) as JsonObject
                : null;
            var call = new ConnectorCall(http.Request.Method, "/" + path + http.Request.QueryString, http.Request.Headers.Authorization.ToString(), body, 0);
            _received.Enqueue(call);
            _arrived.Release();
            await _delay.WhileHeldAsync();
            var failure = _failures.TryDequeue(out var status) ? status : (int?)null;
            _calls.Enqueue(call with { Status = failure ?? 200, At = DateTimeOffset.UtcNow });
            _arrived.Release();
            if (failure is not null)
            {
                http.Response.Headers.RetryAfter = "0";
                return Results.StatusCode(failure.Value);
            }
            if (http.Request.Method == "GET" && path.EndsWith("/pagedmembers"))
                return MembersPage(http.Request.Query["continuationToken"]);
            if (path == "v3/conversations") return Results.Json(new { id = "a:created-" + Interlocked.Increment(ref _ids) }, statusCode: 201);
            return Results.Json(new { id = "activity-" + Interlocked.Increment(ref _ids) }, statusCode: 201);
        });
    }

    private IResult MembersPage(string? continuation)
    {
        var start = int.TryParse(continuation, out var s) ? s : 0;
        var next = start + 2 < Members.Count ? (start + 2).ToString() : null;
        return Results.Json(new { members = Members.Skip(start).Take(2).ToArray(), continuationToken = next });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SigningKey.Dispose();
    }
}

/// <summary>One call the bot made to the connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonObject? Body, int Status)
{
    /// <summary>When it reached the connector (in <see cref="FakeTeamsChannel.Received"/>) or was answered (in <see cref="FakeTeamsChannel.Calls"/>).</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The Adaptive Card the activity carries.</summary>
    public JsonObject Card => Body!["attachments"]![0]!["content"]!.AsObject();

    /// <summary>All the card's visible text, to assert on what a person reads.</summary>
    public string CardText => Body?["attachments"] is null ? "" : string.Join("\n", Texts(Card));

    public bool Succeeded => Status < 300;

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() == "TextBlock" ? [(string)o["text"]!] : Array.Empty<string>())
            .Concat(o.Where(kv => kv.Key != "type").SelectMany(kv => Texts(kv.Value))),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
