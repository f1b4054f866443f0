using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Playground;

public sealed class PlaygroundApiTests : IClassFixture<CoachFactory>
{
    private readonly CoachFactory _factory;
    private readonly HttpClient _http;
    private readonly PlaygroundClient _playground;

    public PlaygroundApiTests(CoachFactory factory)
    {
        _factory = factory;
        _http = factory.CreateClient();
        _playground = new PlaygroundClient(_http);
    }

    [Theory]
    [InlineData("tester1", "help", "Your relationship coach")]
    [InlineData("tester2", "Hilfe", "Ihr Beziehungscoach")]
    [InlineData("tester3", "ayuda", "Tu coach de relaciones con clientes")]
    [InlineData("tester4", "bantuan", "Pelatih hubungan klien Anda")]
    public async Task Help_in_each_language_is_answered_in_that_language(string user, string text, string title)
    {
        var replies = await _playground.SayAsync(user, text);

        var help = Assert.Single(replies);
        Assert.Equal("help", (string)help!["kind"]!);
        Assert.Equal(title, (string)help["title"]!);
        Assert.Contains(title, (string)help["plainText"]!);
        Assert.Contains(help["actions"]!.AsArray(), a => (string)a!["id"]! == "call.form");
    }

    [Fact]
    public async Task The_locale_the_page_sends_decides_the_language_when_the_person_chose_none()
    {
        var replies = await _playground.SayAsync("tester5", "help", locale: "es");

        Assert.Equal("Tu coach de relaciones con clientes", (string)replies[0]!["title"]!);
    }

    [Fact]
    public async Task A_logged_call_shows_under_open_items_until_its_confirmation_is_marked_sent()
    {
        var logged = await _playground.SayAsync("rep1", "call Acme about the Q3 renewal", locale: "en");
        Assert.Equal("call.logged", (string)logged[0]!["kind"]!);

        var open = await _playground.SayAsync("rep1", "my open items", locale: "en");
        Assert.Contains("Acme · the Q3 renewal", (string)open[0]!["plainText"]!);

        var sent = await _playground.ClickAsync("rep1", PlaygroundClient.Action(logged[0]!, "call.sent"), locale: "en");
        Assert.Equal("call.sent", (string)sent[0]!["kind"]!);

        var after = await _playground.SayAsync("rep1", "my open items", locale: "en");
        Assert.DoesNotContain("Acme", (string)after[0]!["plainText"]!);
    }

    [Fact]
    public async Task The_call_form_asks_for_a_missing_client_and_stores_nothing()
    {
        var replies = await _playground.SayAsync("lead1", "call", locale: "en");

        Assert.Equal("call.form", (string)replies[0]!["kind"]!);
        Assert.Contains("Which client", (string)replies[0]!["plainText"]!);
        var open = await _playground.SayAsync("lead1", "open items", locale: "en");
        Assert.Contains("Nothing open", (string)open[0]!["plainText"]!);
    }

    [Fact]
    public async Task Settings_change_language_and_time_zone_and_refuse_what_they_cannot_read()
    {
        var settings = await _playground.SayAsync("tester6", "settings", locale: "en");
        var save = PlaygroundClient.Action(settings[0]!, "settings.save");

        var refused = await _playground.ClickAsync("tester6", save, new Dictionary<string, string> { ["language"] = "de", ["timeZone"] = "Mars/Olympus" });
        Assert.Contains("Mars/Olympus", (string)refused[0]!["plainText"]!);

        var saved = await _playground.ClickAsync("tester6", save, new Dictionary<string, string> { ["language"] = "de", ["timeZone"] = "Europe/Berlin", ["workingHours"] = "Mon-Thu 09:00-17:00" });
        Assert.Contains("Gespeichert", (string)saved[0]!["plainText"]!);
        Assert.Contains("Europe/Berlin", (string)saved[0]!["plainText"]!);
        Assert.Contains("Mon-Thu 09:00-17:00", (string)saved[0]!["plainText"]!);

        var help = await _playground.SayAsync("tester6", "help", locale: "en");
        Assert.Equal("Ihr Beziehungscoach", (string)help[0]!["title"]!);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_answer_and_never_a_server_error()
    {
        async Task<HttpResponseMessage> Post(string body, string type = "application/json") =>
            await _http.PostAsync("/api/playground/messages", new StringContent(body, Encoding.UTF8, type));

        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{not json")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Post("user=rep1", "text/plain")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post("""{"user":"mallory","text":"help"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("""{"user":"rep1","text":"","action":{"values":{}}}""")).StatusCode);
        var invalidUtf8 = new ByteArrayContent([.. "{\"user\":\"rep1\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8]);
        invalidUtf8.Headers.ContentType = new("application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.PostAsync("/api/playground/messages", invalidUtf8)).StatusCode);

        var empty = await _playground.SayAsync("rep1", "   ");
        Assert.Equal("unknown", (string)empty[0]!["kind"]!);

        var huge = await _playground.SayAsync("rep1", "call " + new string('x', 100_000));
        Assert.Equal("error.too-long", (string)huge[0]!["kind"]!);

        var unknownAction = await _playground.ClickAsync("rep1", JsonNode.Parse("""{"id":"does.not.exist","values":{}}""")!);
        Assert.Equal("unknown", (string)unknownAction[0]!["kind"]!);

        var foreign = await _playground.ClickAsync("rep1", JsonNode.Parse("""{"id":"call.sent","values":{"callId":"999999"}}""")!);
        Assert.Equal("error.not-yours", (string)foreign[0]!["kind"]!);

        var open = await _playground.SayAsync("rep1", "open items", locale: "en");
        Assert.DoesNotContain("xxxx", (string)open[0]!["plainText"]!);
    }

    [Fact]
    public async Task Someone_elses_call_cannot_be_marked_sent()
    {
        var logged = await _playground.SayAsync("rep1", "call Globex: pricing", locale: "en");
        var sent = PlaygroundClient.Action(logged[0]!, "call.sent");

        var refused = await _playground.ClickAsync("rep2", sent, locale: "en");
        Assert.Equal("error.not-yours", (string)refused[0]!["kind"]!);
        var open = await _playground.SayAsync("rep1", "open items", locale: "en");
        Assert.Contains("Globex", (string)open[0]!["plainText"]!);
    }

    [Fact]
    public async Task The_feed_answers_with_items_and_a_cursor_and_refuses_a_bad_cursor()
    {
        var feed = await _playground.FeedAsync("rep1");
        Assert.NotNull(feed["items"]);
        Assert.NotNull(feed["cursor"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync("/api/playground/feed?user=rep1&after=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/playground/feed?user=nobody")).StatusCode);
    }

    [Fact]
    public async Task Health_reports_database_and_scheduler()
    {
        var health = await _http.GetFromJsonAsync<JsonObject>("/healthz");

        Assert.Equal("Healthy", (string)health!["status"]!);
        Assert.Equal("Healthy", (string)health["checks"]!["database"]!["status"]!);
        Assert.Equal("Healthy", (string)health["checks"]!["scheduler"]!["status"]!);
    }

    [Fact]
    public async Task The_page_is_served_from_the_executable()
    {
        var page = await _http.GetStringAsync("/");
        Assert.Contains("RelationshipCoach", page);
        Assert.Contains("app.js", page);
        var script = await _http.GetStringAsync("/app.js");
        Assert.Contains("api/playground/messages", script);
    }
}
