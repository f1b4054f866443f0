using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RelationshipCoach.Slack.Verification;

namespace RelationshipCoach.Bench.Load.Traffic;

/// <summary>
/// Builds the n-th request exactly as Slack, Teams or the playground page would send it: Slack bodies signed (v0)
/// with unique event ids, Teams activities with a channel token from the fake issuer and unique activity ids.
/// </summary>
public sealed class RequestFactory(BenchOptions options, string slackSecret, string teamsServiceUrl, string teamsToken, Func<string, string> responseUrl)
{
    public const string SlackTeam = "T1";
    public const string SlackBot = "UBOT";
    public const string TeamsTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The request and the label it is counted under.</summary>
    public (HttpRequestMessage Request, string Kind) Create(long n)
    {
        var channel = options.Mix.Pick(n);
        var intent = Intents.Pick(n, options.GuidancePercent);
        var text = intent == Intent.Guidance ? Phrases.Situation(n) : Phrases.Call(n);
        var user = (int)(Mix.Scramble(n + 101) % (ulong)options.Users) + 1;
        return (channel, intent) switch
        {
            (Channel.Events, Intent.Click) => (SlackClick(n, user), "slack.click"),
            (Channel.Events, _) => (SlackEvent(n, user, text), "slack.event"),
            (Channel.Commands, Intent.Click) => (SlackCommand(n, user, Phrases.OpenItems), "slack.command.items"),
            (Channel.Commands, _) => (SlackCommand(n, user, text), "slack.command." + Answered(intent)),
            (Channel.Teams, Intent.Click) => (TeamsActivity(n, user, null, new JsonObject { ["action"] = "open-items" }), "teams.click"),
            (Channel.Teams, _) => (TeamsActivity(n, user, text, null), "teams.message"),
            (Channel.Playground, Intent.Click) => (Playground(user, null, "open-items"), "playground.click"),
            _ => (Playground(user, text, null), "playground.message." + Answered(intent)),
        };
    }

    /// <summary>Slash commands and playground messages are answered in the response, so their latency is the turn's: counted apart by what they ask.</summary>
    private static string Answered(Intent intent) => intent == Intent.Guidance ? "guidance" : "call";

    private HttpRequestMessage SlackEvent(long n, int user, string text)
    {
        var envelope = new JsonObject
        {
            ["token"] = "legacy", ["team_id"] = SlackTeam, ["api_app_id"] = "A1", ["type"] = "event_callback",
            ["event_id"] = $"Ev{_run}{n:D10}", ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["event"] = new JsonObject
            {
                ["type"] = "message", ["channel_type"] = "im", ["channel"] = $"DU{user:D4}", ["user"] = $"U{user:D4}",
                ["text"] = text, ["ts"] = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{n % 1_000_000:D6}", ["team"] = SlackTeam,
            },
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = SlackTeam, ["user_id"] = SlackBot, ["is_bot"] = true }),
        };
        return Signed("api/slack/events", envelope.ToJsonString(), "application/json");
    }

    private HttpRequestMessage SlackCommand(long n, int user, string text) =>
        Signed("api/slack/commands", Form(new Dictionary<string, string>
        {
            ["token"] = "legacy", ["command"] = "/coach", ["text"] = text, ["response_url"] = responseUrl($"cmd{n}"),
            ["trigger_id"] = $"trigger-{n}", ["user_id"] = $"U{user:D4}", ["user_name"] = $"rep{user}", ["team_id"] = SlackTeam,
            ["team_domain"] = "bench", ["channel_id"] = $"DU{user:D4}", ["channel_name"] = "directmessage", ["api_app_id"] = "A1",
        }), "application/x-www-form-urlencoded");

    /// <summary>A click on "My open items", the button most of the coach's replies carry.</summary>
    private HttpRequestMessage SlackClick(long n, int user)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = $"U{user:D4}", ["team_id"] = SlackTeam },
            ["team"] = new JsonObject { ["id"] = SlackTeam },
            ["api_app_id"] = "A1",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = $"1700000000.{n % 1_000_000:D6}", ["channel_id"] = $"DU{user:D4}", ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = $"DU{user:D4}" },
            ["response_url"] = responseUrl($"click{n}"),
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = "open-items~2", ["block_id"] = "b1", ["action_ts"] = "1700000001.0001",
            }),
        };
        return Signed("api/slack/interactivity", Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");
    }

    private HttpRequestMessage TeamsActivity(long n, int user, string? text, JsonObject? value)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"1:{_run}{n:D10}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            ["serviceUrl"] = teamsServiceUrl,
            ["channelId"] = "msteams",
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = $"29:rep{user}", ["name"] = $"Rep {user}", ["aadObjectId"] = $"aad-rep{user}" },
            ["conversation"] = new JsonObject { ["id"] = $"a:personal-rep{user}", ["conversationType"] = "personal", ["tenantId"] = TeamsTenant, ["isGroup"] = false },
            ["recipient"] = new JsonObject { ["id"] = "28:" + Fakes.TeamsIssuer.AppId, ["name"] = "Coach" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsTenant } },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["value"] = value,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = Json(activity.ToJsonString()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", teamsToken);
        return request;
    }

    private static HttpRequestMessage Playground(int user, string? text, string? action)
    {
        var body = new JsonObject
        {
            ["user"] = $"bench{(user - 1) % Host.HostProcess.PlaygroundUsers + 1}",
            ["text"] = text ?? "",
            ["action"] = action is null ? null : new JsonObject { ["id"] = action },
        };
        return new HttpRequestMessage(HttpMethod.Post, "api/playground/messages") { Content = Json(body.ToJsonString()) };
    }

    private HttpRequestMessage Signed(string path, string body, string contentType)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(slackSecret, timestamp, bytes));
        return request;
    }

    private static string Form(Dictionary<string, string> fields) =>
        string.Join("&", fields.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));

    private static ByteArrayContent Json(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
