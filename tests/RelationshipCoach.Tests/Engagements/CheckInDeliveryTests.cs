using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RelationshipCoach.Scheduling;
using RelationshipCoach.Tests.Infrastructure;
using static RelationshipCoach.Tests.Engagements.EngagementHost;

namespace RelationshipCoach.Tests.Engagements;

/// <summary>Check-ins end to end: Quartz's job store in the SQLite file, the playground feed, and a restart.</summary>
public sealed class CheckInDeliveryTests
{
    private static readonly Dictionary<string, string?> SoonFirstCheckIn = new()
    {
        ["CheckIns:FirstAfter"] = "00:00:03",
        ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00",
    };

    private static string OneLiner => $"new engagement Acme rollout: discovery until {PhaseDates.En(20)}, pilot until {PhaseDates.En(60)}";

    [Fact]
    public async Task A_check_in_reaches_the_feed_and_is_answered_by_button()
    {
        await using var host = CoachFactory.With(SoonFirstCheckIn);
        var playground = new PlaygroundClient(host.CreateClient());
        await StartAsync(playground, "rep1", OneLiner, "en");

        var checkIn = await WaitForAsync(playground, "rep1", "engagement.check-in");
        Assert.Equal("Check-in: Acme · rollout", (string)checkIn["title"]!);
        Assert.Contains("How is the phase discovery going?", (string)checkIn["plainText"]!);

        var answer = checkIn["actions"]!.AsArray().First(a => (string)a!["values"]!["status"]! == "off_track")!;
        var answered = await playground.ClickAsync("rep1", answer,
            new Dictionary<string, string> { ["clientUpdated"] = "no", ["note"] = "vendor late", ["nextStep"] = "call their CTO" }, locale: "en");

        Assert.Equal("engagement.check-in.answered", (string)answered[0]!["kind"]!);
        Assert.Contains("discovery of Acme · rollout is off track", (string)answered[0]!["plainText"]!);
        Assert.Contains("Update the client soon", (string)answered[0]!["plainText"]!);
        Assert.Contains("· off track ·", Text(await playground.SayAsync("rep1", "my engagements", "en")));
    }

    [Fact]
    public async Task Engagements_and_their_schedules_survive_a_restart()
    {
        string folder;
        string before;
        long engagementId;
        await using (var first = new CoachFactory())
        {
            folder = first.Folder;
            var playground = new PlaygroundClient(first.CreateClient());
            var plan = await StartAsync(playground, "rep1", OneLiner, "en");
            engagementId = long.Parse((string)PlaygroundClient.Action(plan, "engagement.edit")["values"]!["engagementId"]!);
            await playground.SayAsync("rep1", "check in every 2 weeks on Thursday at 10", "en");
            before = Text(await playground.SayAsync("rep1", "my engagements", "en"));
        }

        await using var second = CoachFactory.With(new Dictionary<string, string?>(), folder);
        var again = new PlaygroundClient(second.CreateClient());
        Assert.Equal(before, Text(await again.SayAsync("rep1", "my engagements", "en")));
        Assert.Contains("every 2 weeks on Thursday at 10", Text(await again.SayAsync("rep1", "plan Acme", "en")));
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggersOfJob(QuartzCheckInScheduler.Key(engagementId));
        Assert.Single(triggers);
    }

    [Fact]
    public async Task A_check_in_due_while_the_service_was_down_comes_after_the_restart()
    {
        string folder;
        var settings = new Dictionary<string, string?>(SoonFirstCheckIn) { ["CheckIns:FirstAfter"] = "00:00:06" };
        await using (var first = CoachFactory.With(settings))
        {
            folder = first.Folder;
            await StartAsync(new PlaygroundClient(first.CreateClient()), "rep2", OneLiner, "en");
        }

        await using var second = CoachFactory.With(settings, folder);
        var checkIn = await WaitForAsync(new PlaygroundClient(second.CreateClient()), "rep2", "engagement.check-in");
        Assert.Equal("Check-in: Acme · rollout", (string)checkIn["title"]!);
    }
}
