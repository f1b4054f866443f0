using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Data;
using RelationshipCoach.Hosting;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Playground;

/// <summary>
/// Generated hostile requests to the playground API: none gets a 500, and none that is invalid (or aimed at
/// another person's call) changes anything in the database.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private readonly CoachFactory _host = CoachFactory.With(new Dictionary<string, string?> { ["Reminders:ConfirmAfter"] = "01:00:00" });
    private HttpClient _http = null!;
    private string _othersCallId = "";

    /// <summary>One generated request; <see cref="Invalid"/> ones must be refused or answered without any change.</summary>
    private sealed record Hostile(string What, bool Invalid, Func<HttpRequestMessage> Build)
    {
        public override string ToString() => What.Length > 200 ? What[..200] + "…" : What;
    }

    public async Task InitializeAsync()
    {
        _http = _host.CreateClient();
        var replies = await new PlaygroundClient(_http).SayAsync("rep1", "just got off a call with Acme about the renewal", locale: "en");
        _othersCallId = (string)PlaygroundClient.Action(replies.Single(r => (string)r!["kind"]! == "call.logged")!, "call.sent")["values"]!["callId"]!;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Hostile_requests_never_get_a_500_and_invalid_ones_change_nothing()
    {
        await AllHostile().SampleAsync(async hostile =>
        {
            var before = await SnapshotAsync();
            using var response = await _http.SendAsync(hostile.Build());
            var after = await SnapshotAsync();

            Assert.True((int)response.StatusCode < 500, $"{hostile} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            if (hostile.Invalid) Assert.True(before == after, $"{hostile} changed the database:\n{before}\n→\n{after}");
        }, iter: 300, threads: 1, print: h => h.ToString());
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_before_it_is_read()
    {
        var before = await SnapshotAsync();
        var text = new string('a', (int)CoachApp.MaxRequestBodyBytes);
        using var response = await _http.PostAsync("/api/playground/messages", Json(JsonSerializer.Serialize(new { user = "tester5", text })));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    private Gen<Hostile> AllHostile() => Gen.OneOf(
        MalformedJson, WrongContentType, InvalidUtf8, UnknownUser, UnknownAction, OthersCall, HostileText, HostileFeedQuery);

    private static readonly string[] Users = ["tester1", "tester2", "tester3"];

    /// <summary>Text made to hurt: control characters, very long single words, markup, SQL, lone surrogates, right-to-left marks.</summary>
    private static readonly Gen<string> NastyText = Gen.OneOf(
        Gen.Char['\0', '\u001f'].Array[1, 40].Select(cs => new string(cs)),
        Gen.Int[1, 9000].Select(n => new string('w', n)),
        Gen.OneOf("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold** _x_ <@U123> <!channel>",
            "'; DROP TABLE calls; --", "call with Robert'); DROP TABLE users;-- about it", "\" OR 1=1 --", "${jndi:ldap://x}",
            "\u202Ecall with Acme\u202C", "\uFEFF\u200B\u200D", "call with 🙂🙂🙂 about 💥"),
        Gen.String[0, 300]);

    private static Gen<Hostile> MalformedJson { get; } = Gen.OneOf(
        Gen.String[1, 80].Where(s => !IsJson(s)),
        Gen.OneOf("{", "{\"user\":", "{\"user\":\"tester1\",\"text\":\"x\"", "[]", "\"just a string\"", "{\"user\":1e999}",
            "{\"user\":\"tester1\",\"action\":{\"id\":\"help\",\"values\":[1,2]}}", "{\"user\":\"tester1\",\"text\":{\"$gt\":\"\"}}", "null"))
        .Select(body => new Hostile($"malformed JSON {body}", true, () => Post(Json(body))));

    private static Gen<Hostile> WrongContentType { get; } =
        Gen.OneOf("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "")
            .Select(type => new Hostile($"content type '{type}'", true, () =>
            {
                var content = new StringContent("{\"user\":\"tester1\",\"text\":\"call with Acme\"}");
                content.Headers.ContentType = type.Length == 0 ? null : MediaTypeHeaderValue.Parse(type);
                return Post(content);
            }));

    private static Gen<Hostile> InvalidUtf8 { get; } =
        Gen.OneOf<byte[]>([0xC3, 0x28], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80])
            .Select(bad => new Hostile($"invalid UTF-8 {Convert.ToHexString(bad)}", true, () =>
            {
                var body = Encoding.UTF8.GetBytes("{\"user\":\"tester1\",\"text\":\"call with Acme ").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                return Post(content);
            }));

    private static Gen<Hostile> UnknownUser { get; } = Gen.OneOf(NastyText, Gen.OneOf("rep1 ", "REP1", "../rep1", "", " "))
        .Where(u => u is not ("rep1" or "rep2" or "lead1") && !u.StartsWith("tester", StringComparison.Ordinal))
        .Select(user => new Hostile($"unknown user {Show(user)}", true, () => Post(Json(JsonSerializer.Serialize(new { user, text = "call with Acme about x" })))));

    private static Gen<Hostile> UnknownAction { get; } = Gen.Select(Gen.OneOf(Users), Gen.OneOf(NastyText.Where(s => s.Length > 0), Gen.OneOf("call.delete", "admin", "call.sent.all", "../help")))
        .Where(t => !IsKnownAction(t.Item2))
        .Select((user, id) => new Hostile($"unknown action {Show(id)} by {user}", true,
            () => Post(Json(JsonSerializer.Serialize(new { user, text = "", action = new { id, values = new Dictionary<string, string> { ["callId"] = "1" } } })))));

    private Gen<Hostile> OthersCall => Gen.Select(Gen.OneOf(Users), Gen.OneOf("call.sent", "call.snooze", "call.not-needed", "call.draft", "call.dismiss"),
            Gen.OneOf("hour", "tomorrow", "until"), NastyText)
        .Select((user, id, choice, extra) => new Hostile($"{user} clicks {id} ({choice}) on rep1's call", true, () => Post(Json(JsonSerializer.Serialize(new
        {
            user, text = "", action = new { id, values = new Dictionary<string, string> { ["callId"] = _othersCallId, ["for"] = choice, ["until"] = "in 3 hours", ["reason"] = extra } },
        })))));

    private static Gen<Hostile> HostileText { get; } = Gen.Select(Gen.OneOf(Users), NastyText, Gen.OneOf(Gen.Const((string?)null), NastyText.Select(s => (string?)s)))
        .Select((user, text, locale) => new Hostile($"{user} says {Show(text)} (locale {Show(locale ?? "none")})", false,
            () => Post(Json(JsonSerializer.Serialize(new { user, text, locale, timeZone = locale })))));

    private static Gen<Hostile> HostileFeedQuery { get; } = Gen.Select(Gen.OneOf(Gen.OneOf(Users), NastyText), Gen.OneOf(NastyText, Gen.OneOf("-1", "9223372036854775808", "1e3", "0x10")))
        .Where(t => !long.TryParse(t.Item2, out var after) || after < 0 || !Users.Contains(t.Item1))
        .Select((user, after) => new Hostile($"feed of {Show(user)} after {Show(after)}", true,
            () => new HttpRequestMessage(HttpMethod.Get, $"/api/playground/feed?user={Uri.EscapeDataString(user)}&after={Uri.EscapeDataString(after)}")));

    private static HttpRequestMessage Post(HttpContent content) => new(HttpMethod.Post, "/api/playground/messages") { Content = content };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static bool IsJson(string s)
    {
        try
        {
            JsonDocument.Parse(s).Dispose();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsKnownAction(string id) =>
        Core.Conversation.IntentTable.Routes.Any(r => id == r.Intent || id.StartsWith(r.Intent + ".", StringComparison.Ordinal));

    private static string Show(string s) => JsonSerializer.Serialize(s.Length > 60 ? s[..60] + "…" : s);

    /// <summary>Everything a request could change, in a form two snapshots can be compared by.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoachDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => $"{u.Id}:{u.ChannelUserId}:{u.Role}:{u.Language}:{u.ChannelLocale}:{u.TimeZoneId}:{u.WorkingHours}").ToListAsync();
        var calls = await db.Calls.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"{c.Id}:{c.RepId}:{c.Status}:{c.NextReminderAt}:{c.RemindersSent}:{c.Notes}:{c.NotNeededReason}").ToListAsync();
        var feed = await db.FeedItems.CountAsync();
        return $"users {string.Join(",", users)}\ncalls {string.Join(",", calls)}\nfeed {feed}";
    }
}
