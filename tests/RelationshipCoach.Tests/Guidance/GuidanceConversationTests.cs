using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Guidance;

/// <summary>Guidance through the playground API: a situation in plain words, its buttons, and feedback.</summary>
public sealed class GuidanceConversationTests(CoachFactory factory) : IClassFixture<CoachFactory>
{
    private readonly PlaygroundClient _playground = new(factory.CreateClient());

    [Theory]
    [InlineData("tester1", "The client wants us to pay for the whole pilot while they put in nothing", "reciprocity")]
    [InlineData("tester2", "Der Einkauf stellt uns ein Ultimatum: 15 % Rabatt bis Freitag oder wir sind raus", "autonomy")]
    [InlineData("tester3", "El cliente dice que nuestros correos parecen plantillas y que nadie lo escucha de verdad", "personalization")]
    [InlineData("tester4", "Setelah telepon kemarin klien ingat kesepakatannya berbeda dengan kami, tidak ada catatan tertulis", "written_confirmation")]
    public async Task A_situation_in_plain_words_gets_guidance_on_the_right_idea_in_its_language(string user, string situation, string idea)
    {
        var replies = await _playground.SayAsync(user, situation);

        var first = replies[0]!;
        Assert.Equal("guidance", (string)first["kind"]!);
        Assert.Contains(first["actions"]!.AsArray(), a => (string)a!["id"]! == "guidance.more" && (string)a["values"]!["idea"]! == idea);
        Assert.Contains(first["actions"]!.AsArray(), a => (string)a!["id"]! == "guidance.feedback");
    }

    [Fact]
    public async Task More_another_angle_and_feedback_work_from_the_buttons()
    {
        var replies = await _playground.SayAsync("tester5", "advise: we promised the client a fixed price and now sales changed it without telling them", locale: "en");
        var first = replies[0]!;

        var more = await _playground.ClickAsync("tester5", PlaygroundClient.Action(first, "guidance.more"), locale: "en");
        Assert.Equal("guidance.idea", (string)more[0]!["kind"]!);

        var another = await _playground.ClickAsync("tester5", PlaygroundClient.Action(first, "guidance.another"), locale: "en");
        Assert.StartsWith("guidance", (string)another[0]!["kind"]!);

        var helped = first["actions"]!.AsArray().First(a => (string)a!["id"]! == "guidance.feedback" && (string)a["values"]!["helpful"]! == "yes")!;
        var thanks = await _playground.ClickAsync("tester5", helped, locale: "en");
        Assert.Equal("guidance.feedback", (string)thanks[0]!["kind"]!);
    }

    [Fact]
    public async Task Feedback_on_an_unknown_idea_is_refused()
    {
        var refused = await _playground.ClickAsync("tester6",
            System.Text.Json.Nodes.JsonNode.Parse("""{"id":"guidance.feedback","values":{"idea":"world_domination","helpful":"yes"}}""")!, locale: "en");
        Assert.Equal("error.unknown-idea", (string)refused[0]!["kind"]!);
    }
}
