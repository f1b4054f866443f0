using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Digests;

/// <summary>Teams of reps in the playground: the configured seed, adding and removing by name, asking back, and who sees whose data.</summary>
public sealed class TeamConversationTests
{
    [Fact]
    public async Task The_seeded_team_can_be_changed_by_name_and_the_rep_is_told()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var team = await playground.SayAsync("lead1", "my team", locale: "en");
        Assert.Equal("team", (string)team[0]!["kind"]!);
        Assert.Contains("rep1", (string)team[0]!["plainText"]!);
        Assert.Contains("rep2", (string)team[0]!["plainText"]!);

        Assert.Equal("team.removed", (string)(await playground.SayAsync("lead1", "remove rep2 from my team", locale: "en"))[0]!["kind"]!);
        Assert.DoesNotContain("rep2", (string)(await playground.SayAsync("lead1", "my team", locale: "en"))[0]!["plainText"]!);

        var added = await playground.SayAsync("lead1", "füge @rep2 zu meinem Team hinzu", locale: "de");
        Assert.Equal("team.added", (string)added[0]!["kind"]!);
        Assert.Contains("ist jetzt in Ihrem Team", (string)added[0]!["plainText"]!);
        var feed = await playground.FeedAsync("rep2");
        Assert.Contains(feed["items"]!.AsArray(), i => (string)i!["reply"]!["kind"]! == "team.joined");
        Assert.Equal("team.already", (string)(await playground.SayAsync("lead1", "add rep2 to my team", locale: "en"))[0]!["kind"]!);
    }

    [Fact]
    public async Task A_rep_sees_which_leads_see_their_data_and_has_no_team_to_change()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var who = await playground.SayAsync("rep1", "wer sieht meine Daten", locale: "de");
        Assert.Equal("team.who-sees", (string)who[0]!["kind"]!);
        Assert.Contains("lead1", (string)who[0]!["plainText"]!);
        var nobody = await playground.SayAsync("tester1", "who sees my data", locale: "en");
        Assert.Contains("No lead", (string)nobody[0]!["plainText"]!);
        Assert.Equal("team.not-a-lead", (string)(await playground.SayAsync("rep1", "add rep2 to my team", locale: "en"))[0]!["kind"]!);
    }

    [Fact]
    public async Task An_ambiguous_or_unknown_name_is_asked_back_and_a_choice_adds_that_colleague()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?>
        {
            ["Playground:Users:anna.berg"] = "Rep",
            ["Playground:Users:anna.kim"] = "Rep",
        });
        var playground = new PlaygroundClient(host.CreateClient());

        Assert.Equal("team.unknown", (string)(await playground.SayAsync("lead1", "add Zoe to my team", locale: "en"))[0]!["kind"]!);
        var ambiguous = await playground.SayAsync("lead1", "agrega anna a mi equipo", locale: "es");
        Assert.Equal("team.ambiguous", (string)ambiguous[0]!["kind"]!);
        var choice = ambiguous[0]!["actions"]!.AsArray().Single(a => ((string)a!["label"]!).StartsWith("anna.kim"))!;
        var added = await playground.ClickAsync("lead1", choice, locale: "es");
        Assert.Equal("team.added", (string)added[0]!["kind"]!);
        Assert.Contains("anna.kim", (string)(await playground.SayAsync("lead1", "mi equipo", locale: "es"))[0]!["plainText"]!);
    }
}
