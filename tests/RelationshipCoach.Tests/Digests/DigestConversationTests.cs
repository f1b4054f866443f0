using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Digests;

/// <summary>The lead's digest in the playground: on demand, with the demo team, its chart, its nudge buttons and its schedule.</summary>
public sealed class DigestConversationTests
{
    private static readonly Dictionary<string, string?> WithDemo = new() { ["Playground:DemoData"] = "true" };

    [Fact]
    public async Task With_the_demo_team_lead1_gets_a_digest_with_nudges_a_chart_and_a_button_that_nudges_the_rep()
    {
        await using var host = CoachFactory.With(WithDemo);
        var http = host.CreateClient();
        var playground = new PlaygroundClient(http);

        var digest = (await playground.SayAsync("lead1", "send my digest now", locale: "en"))[0]!;
        Assert.Equal("digest", (string)digest["kind"]!);
        Assert.Contains("Müller GmbH", (string)digest["plainText"]!);
        var nudges = digest["actions"]!.AsArray().Where(a => ((string)a!["id"]!).Contains("nudge")).ToList();
        Assert.InRange(nudges.Count, 1, 5);

        var url = (string)digest["image"]!["url"]!;
        Assert.Matches("^/digest-charts/[0-9a-f]{32}\\.png$", url);
        Assert.Contains("on time", (string)digest["image"]!["altText"]!);
        var png = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, (await png.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/digest-charts/0123456789abcdef0123456789abcdef.png")).StatusCode);

        var forBen = nudges.First(a => (string)a!["values"]!["client"]! == "Müller GmbH")!;
        var nudged = await playground.ClickAsync("lead1", forBen, locale: "en");
        Assert.Equal("digest.nudged", (string)nudged[0]!["kind"]!);
        var feed = await playground.FeedAsync("rep2");
        var message = feed["items"]!.AsArray().Select(i => i!["reply"]!).Single(r => (string)r["kind"]! == "nudge");
        Assert.Contains("Müller GmbH", (string)message["plainText"]!);
    }

    [Fact]
    public async Task A_quiet_week_says_so_in_one_line_in_the_leads_language()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var digest = (await playground.SayAsync("lead1", "Digest jetzt senden", locale: "de"))[0]!;
        Assert.Equal("digest", (string)digest["kind"]!);
        Assert.StartsWith("Die Woche Ihres Teams", (string)digest["title"]!);
        Assert.Single(digest["blocks"]!.AsArray());
        Assert.Contains("ruhige Woche", (string)digest["plainText"]!);
    }

    [Fact]
    public async Task A_rep_has_no_digest_and_cannot_nudge_anyone_with_a_forged_button()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        Assert.Equal("digest.not-a-lead", (string)(await playground.SayAsync("rep1", "envía mi resumen ahora", locale: "es"))[0]!["kind"]!);
        var forged = JsonNode.Parse("""{"id":"digest.nudge","values":{"rep":"1","kind":"Thanks"}}""")!;
        Assert.Equal("digest.nudge-refused", (string)(await playground.ClickAsync("rep1", forged, locale: "en"))[0]!["kind"]!);
    }

    [Fact]
    public async Task A_lead_changes_the_day_and_time_in_plain_words_or_turns_the_digest_off()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var moved = (await playground.SayAsync("lead1", "digest every Friday at 16:00", locale: "en", timeZone: "Europe/Berlin"))[0]!;
        Assert.Equal("digest.schedule", (string)moved["kind"]!);
        Assert.Contains("Next digest: Fri", (string)moved["plainText"]!);
        Assert.Contains("16:00", (string)moved["plainText"]!);
        var off = (await playground.SayAsync("lead1", "digest off", locale: "en"))[0]!;
        Assert.Contains("The weekly digest is off.", (string)off["plainText"]!);
        Assert.Contains("is off", (string)(await playground.SayAsync("lead1", "digest", locale: "en"))[0]!["plainText"]!);
    }

    [Fact]
    public async Task A_due_digest_is_sent_once_through_the_leads_channel_and_the_next_week_is_planned()
    {
        // Round-the-clock hours: outside working time the digest would rightly wait for the lead's next morning.
        await using var host = CoachFactory.With(new Dictionary<string, string?>(WithDemo) { ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00" });
        var playground = new PlaygroundClient(host.CreateClient());
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var lead = await services.GetRequiredService<IUserDirectory>().GetOrCreateAsync(new UserRef(Channels.Playground, "playground", "lead1"), default);
        var settings = services.GetRequiredService<IDigestSettingsStore>();
        var due = Instant.FromDateTimeOffset(DateTimeOffset.UtcNow) - Duration.FromMinutes(1);
        await settings.SaveAsync(await settings.GetAsync(lead.Id, default) with { NextAt = due }, default);

        var sender = services.GetRequiredService<DigestSender>();
        Assert.True(await sender.SendDueAsync(lead.Id, default));
        Assert.False(await sender.SendDueAsync(lead.Id, default));

        var feed = await playground.FeedAsync("lead1");
        Assert.Single(feed["items"]!.AsArray(), i => (string)i!["reply"]!["kind"]! == "digest");
        var next = (await settings.GetAsync(lead.Id, default)).NextAt!.Value;
        Assert.Equal(IsoDayOfWeek.Monday, next.InZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).DayOfWeek);
        Assert.True(next > due + Duration.FromHours(1));
    }
}
