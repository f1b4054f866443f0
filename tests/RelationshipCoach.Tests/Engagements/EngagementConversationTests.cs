using RelationshipCoach.Tests.Infrastructure;
using static RelationshipCoach.Tests.Engagements.EngagementHost;

namespace RelationshipCoach.Tests.Engagements;

/// <summary>Engagements through the playground API: the one-liner, the written plan, plain-words answers, closing phases, bad input.</summary>
public sealed class EngagementConversationTests
{
    private static string AcmeOneLiner => $"new engagement Acme rollout: discovery until {PhaseDates.En(20)}, pilot until {PhaseDates.En(60)}, rollout until {PhaseDates.En(120)}";

    [Fact]
    public async Task A_one_liner_starts_an_engagement_whose_written_plan_flags_what_is_unclear()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var plan = await StartAsync(playground, "rep1", AcmeOneLiner, "en");

        Assert.Equal("Plan: Acme · rollout", (string)plan["title"]!);
        var written = Preformatted(plan);
        Assert.Contains("Acme · rollout: project plan", written);
        Assert.Contains("1. discovery:", written);
        Assert.Contains("3. rollout:", written);
        Assert.Contains("No goals written down.", (string)plan["plainText"]!);
        Assert.Contains("Phase 2 (pilot) has no goal.", (string)plan["plainText"]!);

        var again = await playground.SayAsync("rep1", "plan Acme", "en");
        Assert.Equal(written, Preformatted(again[0]!));
        var mine = Text(await playground.SayAsync("rep1", "my engagements", "en"));
        Assert.Contains("Acme · rollout", mine);
        Assert.Contains("discovery until", mine);
        Assert.Contains("next check-in Mon", mine);
    }

    [Fact]
    public async Task Details_added_by_form_fill_the_plan_and_an_unowned_piece_of_work_is_flagged()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        var plan = await StartAsync(playground, "rep1", AcmeOneLiner, "en");
        var form = (await playground.ClickAsync("rep1", PlaygroundClient.Action(plan, "engagement.edit"), locale: "en"))[0]!;

        var saved = await playground.ClickAsync("rep1", PlaygroundClient.Action(form, "engagement.edit.save"), new Dictionary<string, string>
        {
            ["client"] = "Acme", ["name"] = "rollout", ["level"] = "preferred_supplier",
            ["goals"] = "All 12 stores on the new system", ["responsibilities"] = "training: our team\ndata migration", ["expectations"] = "weekly status mail",
        }, locale: "en");

        var written = Preformatted(saved[0]!);
        Assert.Contains("- All 12 stores on the new system", written);
        Assert.Contains("- training: our team", written);
        Assert.Contains("No owner for data migration.", (string)saved[0]!["plainText"]!);
        Assert.DoesNotContain("No goals written down.", (string)saved[0]!["plainText"]!);
    }

    [Fact]
    public async Task A_check_in_answered_in_plain_words_updates_the_phase_status()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        await StartAsync(playground, "rep1", AcmeOneLiner, "en");

        var answered = await playground.SayAsync("rep1", "Acme is at risk, client updated", "en");

        Assert.Equal("engagement.check-in.answered", (string)answered[0]!["kind"]!);
        Assert.Contains("discovery of Acme · rollout is at risk", (string)answered[0]!["plainText"]!);
        Assert.Contains("· at risk ·", Text(await playground.SayAsync("rep1", "my engagements", "en")));
    }

    [Fact]
    public async Task Closing_a_phase_from_the_plan_starts_the_next_one()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        var plan = await StartAsync(playground, "rep1", AcmeOneLiner, "en");

        var closed = await playground.ClickAsync("rep1", PlaygroundClient.Action(plan, "engagement.close-phase"), locale: "en");

        Assert.Equal("engagement.phase.closed", (string)closed[0]!["kind"]!);
        Assert.Contains("Closed discovery. pilot starts now", (string)closed[0]!["plainText"]!);
        Assert.Contains("pilot until", Text(await playground.SayAsync("rep1", "my engagements", "en")));
    }

    [Fact]
    public async Task A_phase_is_added_and_re_dated_in_plain_words()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        await StartAsync(playground, "rep1", AcmeOneLiner, "en");

        var added = await playground.SayAsync("rep1", $"phase Acme training until {PhaseDates.En(150)}", "en");
        Assert.Contains("4. training:", Preformatted(added[0]!));

        var moved = await playground.SayAsync("rep1", $"phase Acme pilot until {PhaseDates.En(70)}", "en");
        Assert.Contains("2. pilot:", Preformatted(moved[0]!));
        Assert.Contains(PhaseDates.Ahead(70).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")), Preformatted(moved[0]!));
    }

    [Fact]
    public async Task Phases_that_end_before_they_start_are_refused_and_what_was_right_is_kept()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var replies = await playground.SayAsync("rep1", $"new engagement Acme rollout: discovery until {PhaseDates.En(60)}, pilot until {PhaseDates.En(20)}", "en", Zone);

        var form = replies.Single()!;
        Assert.Equal("engagement.form", (string)form["kind"]!);
        Assert.Contains("The phase \"pilot\" would end on", (string)form["plainText"]!);
        var inputs = form["inputs"]!.AsArray();
        Assert.Equal("Acme", (string)inputs.Single(i => (string)i!["id"]! == "client")!["value"]!);
        Assert.Equal("rollout", (string)inputs.Single(i => (string)i!["id"]! == "name")!["value"]!);
        Assert.NotNull(inputs.Single(i => (string)i!["id"]! == "phases")!["error"]);
        Assert.Contains("no active engagements", Text(await playground.SayAsync("rep1", "my engagements", "en")));
    }

    [Fact]
    public async Task A_schedule_the_coach_cannot_read_is_refused_in_the_reps_language_and_the_old_one_kept()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        await StartAsync(playground, "rep2", $"neues Projekt Müller Rollout: Analyse bis {PhaseDates.De(20)}, Pilot bis {PhaseDates.De(60)}", "de");
        var before = Text(await playground.SayAsync("rep2", "meine Projekte", "de"));

        var refused = await playground.SayAsync("rep2", "Check-in wann immer es passt", "de");

        Assert.Equal("engagement.schedule.unreadable", (string)refused[0]!["kind"]!);
        Assert.Contains("kann ich nicht als wiederkehrenden Termin lesen", (string)refused[0]!["plainText"]!);
        Assert.Equal(before, Text(await playground.SayAsync("rep2", "meine Projekte", "de")));
    }

    [Fact]
    public async Task The_help_card_offers_engagements_and_guidance_level_buttons_are_answered()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var help = (await playground.SayAsync("rep1", "help", "en"))[0]!;
        var form = await playground.ClickAsync("rep1", PlaygroundClient.Action(help, "engagement.new"), locale: "en");
        Assert.Equal("engagement.form", (string)form[0]!["kind"]!);
        PlaygroundClient.Action(help, "engagement.list");

        var level = await playground.ClickAsync("rep1", System.Text.Json.Nodes.JsonNode.Parse("""{"id":"relationship.level","values":{"level":"transactional"}}""")!, locale: "en");
        Assert.Contains("Preferred supplier", (string)level[0]!["plainText"]!, StringComparison.OrdinalIgnoreCase);
    }
}
