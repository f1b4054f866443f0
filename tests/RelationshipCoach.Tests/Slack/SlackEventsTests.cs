using System.Net;
using System.Text.Json.Nodes;

namespace RelationshipCoach.Tests.Slack;

public sealed class SlackEventsTests(SlackHost host) : IClassFixture<SlackHost>
{
    private readonly FakeSlack _slack = host.Slack;
    private readonly SlackSender _sender = host.Sender;

    private Task<SlackCall> PostedToAsync(string channel, int count = 1) =>
        _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == channel, count);

    private int PostsTo(string channel) => _slack.CallsTo("chat.postMessage").Count(c => (string?)c.Args["channel"] == channel);

    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var response = await _sender.PostAsync("/api/slack/events", """{"type":"url_verification","challenge":"3eZbrw1aB","token":"x"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aB", (string?)(await SlackSender.JsonAsync(response))!["challenge"]);
    }

    [Fact]
    public async Task A_dm_saying_help_is_answered_with_the_help_card_by_chat_postMessage()
    {
        var response = await _sender.DirectMessageAsync("UHELP", "help");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var posted = await PostedToAsync("DUHELP");
        Assert.Equal(FakeSlack.BotToken, posted.Token);
        Assert.Equal("header", (string?)posted.Args["blocks"]![0]!["type"]);
        Assert.Equal("Your relationship coach", (string?)posted.Args["blocks"]![0]!["text"]!["text"]);
        Assert.Contains("Your relationship coach", (string?)posted.Args["text"]);
        Assert.Contains(_slack.CallsTo("users.info"), c => (string?)c.Args["user"] == "UHELP" && (string?)c.Args["include_locale"] == "true");
    }

    [Fact]
    public async Task Unsigned_forged_stale_and_oversized_requests_are_refused_and_nothing_is_processed()
    {
        var body = SlackSender.Envelope(_sender.NewEventId(), SlackSender.DirectMessage("UBAD", "help")).ToJsonString();

        var forged = await _sender.PostAsync("/api/slack/events", body, "application/json", signatureSecret: "not-the-secret");
        var stale = await _sender.PostAsync("/api/slack/events", body, "application/json", at: DateTimeOffset.UtcNow.AddMinutes(-6));
        var future = await _sender.PostAsync("/api/slack/events", body, "application/json", at: DateTimeOffset.UtcNow.AddMinutes(6));
        var unsigned = await host.Factory.CreateClient().PostAsync("/api/slack/events", new StringContent(body));
        var huge = await _sender.PostAsync("/api/slack/events", new string(' ', 1024 * 1024 + 1), "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, future.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        await _sender.DirectMessageAsync("UBAD", "open items");
        await PostedToAsync("DUBAD");
        Assert.Equal(1, PostsTo("DUBAD"));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_or_retried_is_answered_once()
    {
        var eventId = _sender.NewEventId();
        var dm = SlackSender.DirectMessage("UTWICE", "help");

        Assert.Equal(HttpStatusCode.OK, (await _sender.EventAsync(eventId, dm)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _sender.EventAsync(eventId, dm)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _sender.EventAsync(eventId, dm, retry: 1)).StatusCode);
        await PostedToAsync("DUTWICE");
        await _sender.DirectMessageAsync("UTWICE", "open items");
        await PostedToAsync("DUTWICE", count: 2);

        Assert.Equal(2, PostsTo("DUTWICE"));
    }

    [Fact]
    public async Task A_retry_of_an_event_never_received_is_handled()
    {
        var response = await _sender.EventAsync(_sender.NewEventId(), SlackSender.DirectMessage("URETRY", "help"), retry: 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your relationship coach", (await PostedToAsync("DURETRY")).Json);
    }

    [Fact]
    public async Task Bot_messages_edits_and_the_bots_own_messages_are_ignored()
    {
        var fromBot = SlackSender.DirectMessage("UQUIET", "help");
        fromBot["bot_id"] = "B1";
        var edited = SlackSender.DirectMessage("UQUIET", "help");
        edited["subtype"] = "message_changed";
        var own = SlackSender.DirectMessage(SlackSender.BotUser, "help");
        own["channel"] = "DUQUIET";

        foreach (var ev in new[] { fromBot, edited, own }) await _sender.EventAsync(_sender.NewEventId(), ev);
        await _sender.DirectMessageAsync("UQUIET", "open items");
        var posted = await PostedToAsync("DUQUIET");

        Assert.Equal(1, PostsTo("DUQUIET"));
        Assert.Contains("Nothing open", posted.Json);
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_in_its_thread_without_the_mention()
    {
        var mention = new JsonObject
        {
            ["type"] = "app_mention", ["user"] = "UMENTION", ["channel"] = "CSALES", ["ts"] = "1700000000.000200",
            ["text"] = $"<@{SlackSender.BotUser}> call Acme pricing",
        };

        await _sender.EventAsync(_sender.NewEventId(), mention);
        var posted = await PostedToAsync("CSALES");

        Assert.Equal("1700000000.000200", (string?)posted.Args["thread_ts"]);
        Assert.Contains("Acme", posted.Json);
        Assert.Contains("\"call.sent~0\"", posted.Json);
    }

    [Fact]
    public async Task Opening_app_home_publishes_help_and_the_persons_open_items()
    {
        await _sender.DirectMessageAsync("UHOME", "call Globex renewal");
        await PostedToAsync("DUHOME");

        await _sender.EventAsync(_sender.NewEventId(), new JsonObject { ["type"] = "app_home_opened", ["user"] = "UHOME", ["channel"] = "DUHOME", ["tab"] = "home" });
        var published = await _slack.WaitForAsync("views.publish", c => (string?)c.Args["user_id"] == "UHOME");

        Assert.Equal("home", (string?)published.Args["view"]!["type"]);
        Assert.Contains("Your relationship coach", published.Json);
        Assert.Contains("Globex · renewal", published.Json);
        Assert.Contains("\"call.form~0\"", published.Json);
    }

    [Fact]
    public async Task Rate_limits_and_server_errors_of_the_web_api_are_retried()
    {
        _slack.FailNext(429, 500);

        await _sender.DirectMessageAsync("URETRIES", "help");
        await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DURETRIES", count: 1);
        await _slack.WaitForAsync("users.info", c => (string?)c.Args["user"] == "URETRIES", count: 1);

        Assert.True(3 == _slack.CallsTo("users.info").Count(c => (string?)c.Args["user"] == "URETRIES"), string.Join("\n", _slack.Calls.Select(c => c.Method + " " + c.Json)));
    }
}
