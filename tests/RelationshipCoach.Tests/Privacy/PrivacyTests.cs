using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Privacy;

/// <summary>"export my data" and "forget me" through the playground API, against a real SQLite file.</summary>
public sealed class PrivacyTests(CoachFactory factory) : IClassFixture<CoachFactory>
{
    private readonly PlaygroundClient _playground = new(factory.CreateClient());

    [Fact]
    public async Task Export_gives_the_person_their_own_data_as_json_and_nobody_elses()
    {
        await _playground.SayAsync("tester1", "call Acme: renewal terms", locale: "en");
        await _playground.SayAsync("tester2", "call Globex: secret pricing", locale: "en");

        var export = await _playground.SayAsync("tester1", "export my data", locale: "en");

        var json = JsonNode.Parse((string)export[0]!["blocks"]!.AsArray().Single(b => (string)b!["style"]! == "preformatted")!["text"]!)!;
        Assert.Equal("tester1", (string)json["profile"]!["channelUserId"]!);
        Assert.Contains(json["calls"]!.AsArray(), c => (string)c!["client"]! == "Acme");
        Assert.DoesNotContain("Globex", json.ToJsonString());
    }

    [Fact]
    public async Task Forget_me_asks_first_and_only_the_confirmation_deletes()
    {
        await _playground.SayAsync("tester3", "call Initech: TPS reports", locale: "en");

        var asked = await _playground.SayAsync("tester3", "forget me", locale: "en");
        Assert.Equal("privacy.forget.ask", (string)asked[0]!["kind"]!);
        var kept = await _playground.ClickAsync("tester3", PlaygroundClient.Action(asked[0]!, "privacy.keep"), locale: "en");
        Assert.Equal("privacy.kept", (string)kept[0]!["kind"]!);
        Assert.Contains("Initech", (string)(await _playground.SayAsync("tester3", "my open items", locale: "en"))[0]!["plainText"]!);

        var forgotten = await _playground.ClickAsync("tester3", PlaygroundClient.Action(asked[0]!, "privacy.forget"), locale: "en");
        Assert.Equal("privacy.forgotten", (string)forgotten[0]!["kind"]!);
        Assert.Contains("Nothing open", (string)(await _playground.SayAsync("tester3", "my open items", locale: "en"))[0]!["plainText"]!);
        var export = await _playground.SayAsync("tester3", "export my data", locale: "en");
        Assert.DoesNotContain("Initech", (string)export[0]!["plainText"]!);
    }
}
