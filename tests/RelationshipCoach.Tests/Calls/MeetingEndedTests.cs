using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Calls;

/// <summary>What follows the end of a Teams meeting (the Teams channel maps the event to this action): the organizer names the client, and the call is logged at the meeting's end.</summary>
public sealed class MeetingEndedTests(CoachFactory factory) : IClassFixture<CoachFactory>
{
    private readonly PlaygroundClient _playground = new(factory.CreateClient());

    [Fact]
    public async Task The_organizer_names_the_client_and_the_call_is_logged_at_the_meeting_end()
    {
        var ended = JsonNode.Parse("""{"id":"call.meeting-ended","values":{"title":"Acme QBR","endTime":"2026-11-26T09:30:00Z","meetingId":"m1"}}""")!;
        var asked = await _playground.ClickAsync("tester8", ended, locale: "en");
        Assert.Equal("call.meeting-ended", (string)asked[0]!["kind"]!);
        Assert.Contains("Acme QBR", (string)asked[0]!["plainText"]!);

        var logged = await _playground.ClickAsync("tester8", PlaygroundClient.Action(asked[0]!, "call.log"),
            new Dictionary<string, string> { ["client"] = "Acme", ["topic"] = "Acme QBR" }, locale: "en");
        Assert.Equal("call.logged", (string)logged[0]!["kind"]!);

        var open = await _playground.SayAsync("tester8", "my open items", locale: "en");
        Assert.Contains("Acme · Acme QBR", (string)open[0]!["plainText"]!);
        Assert.Contains("26 Nov, 09:30", (string)open[0]!["plainText"]!);
    }

    [Fact]
    public async Task A_meeting_that_was_not_with_a_client_is_dismissed_and_nothing_is_logged()
    {
        var ended = JsonNode.Parse("""{"id":"call.meeting-ended","values":{"title":"Team sync","endTime":"2026-11-26T10:00:00Z"}}""")!;
        var asked = await _playground.ClickAsync("tester9", ended, locale: "en");
        var dismissed = await _playground.ClickAsync("tester9", PlaygroundClient.Action(asked[0]!, "call.dismiss"), locale: "en");

        Assert.Equal("call.dismissed", (string)dismissed[0]!["kind"]!);
        var open = await _playground.SayAsync("tester9", "my open items", locale: "en");
        Assert.Contains("Nothing open", (string)open[0]!["plainText"]!);
    }
}
