using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>One generated request; <see cref="Invalid"/> ones must be refused or answered without any change.</summary>
public sealed record Hostile(string What, bool Invalid, Func<HttpRequestMessage> Build)
{
    public override string ToString() => What.Length > 200 ? What[..200] + "…" : What;
}

/// <summary>
/// Generators of hostile requests to the playground API: malformed JSON, wrong content types, invalid UTF-8,
/// control characters, very long words, markup and SQL in text and form values, unknown users and actions, and
/// clicks on another person's call.
/// </summary>
public static class HostileRequests
{
    /// <summary>Every kind of hostile request; <paramref name="othersCallId"/> is a call of rep1's that the testers must not touch.</summary>
    public static Gen<Hostile> All(string othersCallId) => Gen.OneOf(
        MalformedJson, WrongContentType, InvalidUtf8, UnknownUser, UnknownAction, OthersCall(othersCallId), HostileText, HostileForm, HostileFeedQuery);

    private static readonly string[] Users = ["tester1", "tester2", "tester3"];

    /// <summary>Text made to hurt: control characters, very long single words, markup, SQL, lone surrogates, right-to-left marks.</summary>
    private static readonly Gen<string> NastyText = Gen.OneOf(
        Gen.Char['\0', '\u001f'].Array[1, 40].Select(cs => new string(cs)),
        Gen.Int[1, 9000].Select(n => new string('w', n)),
        Gen.OneOf("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**bold** _x_ <@U123> <!channel>",
            "'; DROP TABLE calls; --", "call with Robert'); DROP TABLE users;-- about it", "\" OR 1=1 --", "${jndi:ldap://x}",
            "\u202Ecall with Acme\u202C", "\uFEFF\u200B\u200D", "call with 🙂🙂🙂 about 💥", "call with \uD800Acme about \uDFFF"),
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

    private static Gen<Hostile> OthersCall(string othersCallId) => Gen.Select(Gen.OneOf(Users), Gen.OneOf("call.sent", "call.snooze", "call.not-needed", "call.draft", "call.dismiss"),
            Gen.OneOf("hour", "tomorrow", "until"), NastyText)
        .Select((user, id, choice, extra) => new Hostile($"{user} clicks {id} ({choice}) on rep1's call", true, () => Post(Json(JsonSerializer.Serialize(new
        {
            user, text = "", action = new { id, values = new Dictionary<string, string> { ["callId"] = othersCallId, ["for"] = choice, ["until"] = "in 3 hours", ["reason"] = extra } },
        })))));

    private static Gen<Hostile> HostileText { get; } = Gen.Select(Gen.OneOf(Users), NastyText, Gen.OneOf(Gen.Const((string?)null), NastyText.Select(s => (string?)s)))
        .Select((user, text, locale) => new Hostile($"{user} says {Show(text)} (locale {Show(locale ?? "none")})", false,
            () => Post(Json(JsonSerializer.Serialize(new { user, text, locale, timeZone = locale })))));

    private static Gen<Hostile> HostileFeedQuery { get; } = Gen.Select(Gen.OneOf(Gen.OneOf(Users), NastyText), Gen.OneOf(NastyText, Gen.OneOf("-1", "9223372036854775808", "1e3", "0x10")))
        .Where(t => !long.TryParse(t.Item2, out var after) || after < 0 || !Users.Contains(t.Item1))
        .Select((user, after) => new Hostile($"feed of {Show(user)} after {Show(after)}", true,
            () => new HttpRequestMessage(HttpMethod.Get, $"/api/playground/feed?user={Uri.EscapeDataString(user)}&after={Uri.EscapeDataString(after)}")));

    private static Gen<Hostile> HostileForm { get; } = Gen.Select(Gen.OneOf(Users), NastyText, NastyText, Gen.OneOf(NastyText, Gen.OneOf("-1", "9223372036854775807", "-9223372036854775808")))
        .Select((user, client, topic, heldAt) => new Hostile($"{user} submits the call form with client {Show(client)}, topic {Show(topic)}, heldAt {Show(heldAt)}", false,
            () => Post(Json(JsonSerializer.Serialize(new { user, text = "", action = new { id = "call.log", values = new Dictionary<string, string> { ["client"] = client, ["topic"] = topic, ["heldAt"] = heldAt } } })))));

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
}
