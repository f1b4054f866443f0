using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Calls;

/// <summary>The confirmation reminder end to end: the real host, its Quartz job store in a SQLite file, and the playground feed.</summary>
public sealed class ConfirmationReminderTests
{
    private static readonly Dictionary<string, string?> FastReminders = new()
    {
        ["Reminders:ConfirmAfter"] = "00:00:05",
        ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00",
    };

    [Fact]
    public async Task A_logged_call_brings_a_reminder_with_a_draft_and_Sent_stops_the_rest()
    {
        await using var host = CoachFactory.With(FastReminders);
        var playground = new PlaygroundClient(host.CreateClient());

        await playground.SayAsync("rep1", "just got off a call with Acme about the Q3 renewal", locale: "en");
        var reminder = await WaitForReminderAsync(playground, "rep1", after: 0);

        Assert.Equal("Confirm your call with Acme in writing", (string)reminder["title"]!);
        var draft = reminder["blocks"]!.AsArray().Single(b => (string)b!["style"]! == "preformatted");
        Assert.Contains("the Q3 renewal", (string)draft!["text"]!);
        Assert.Contains("misunderstood", (string)draft["text"]!);

        var sent = await playground.ClickAsync("rep1", PlaygroundClient.Action(reminder, "call.sent"), locale: "en");
        Assert.Equal("call.sent", (string)sent[0]!["kind"]!);
        var open = await playground.SayAsync("rep1", "my open items", locale: "en");
        Assert.DoesNotContain("Acme", (string)open[0]!["plainText"]!);
        var history = await playground.SayAsync("rep1", "history", locale: "en");
        Assert.Contains("Acme", (string)history[0]!["plainText"]!);
        Assert.Contains("confirmed on time", (string)history[0]!["plainText"]!);
    }

    [Fact]
    public async Task A_restart_before_the_reminder_is_due_still_delivers_it_once()
    {
        string folder;
        await using (var first = CoachFactory.With(new Dictionary<string, string?>(FastReminders) { ["Reminders:ConfirmAfter"] = "00:00:08" }))
        {
            folder = first.Folder;
            var playground = new PlaygroundClient(first.CreateClient());
            await playground.SayAsync("rep2", "Telefonat mit Müller GmbH wegen Lieferverzug gerade beendet", locale: "de");
        }

        await using var second = CoachFactory.With(FastReminders, folder);
        var again = new PlaygroundClient(second.CreateClient());
        var reminder = await WaitForReminderAsync(again, "rep2", after: 0);
        Assert.Equal("Bestätigen Sie Ihr Gespräch mit Müller GmbH schriftlich", (string)reminder["title"]!);

        await Task.Delay(TimeSpan.FromSeconds(3));
        var feed = await again.FeedAsync("rep2");
        Assert.Single(feed["items"]!.AsArray(), i => (string)i!["reply"]!["kind"]! == "call.reminder");
    }

    [Fact]
    public async Task Snoozing_with_an_unreadable_time_asks_back_and_changes_nothing()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?> { ["Reminders:ConfirmAfter"] = "01:00:00" });
        var playground = new PlaygroundClient(host.CreateClient());
        var logged = await playground.SayAsync("rep1", "call Initech: TPS reports", locale: "en");
        var draft = await playground.ClickAsync("rep1", PlaygroundClient.Action(logged[0]!, "call.draft"), locale: "en");
        var custom = draft[0]!["actions"]!.AsArray().First(a => (string)a!["values"]!["for"]! == "until")!;
        var before = (string)(await playground.SayAsync("rep1", "my open items", locale: "en"))[0]!["plainText"]!;

        var refused = await playground.ClickAsync("rep1", custom, new Dictionary<string, string> { ["until"] = "whenever the moon is blue" }, locale: "en");
        Assert.Equal("call.snooze-unreadable", (string)refused[0]!["kind"]!);
        Assert.Equal(before, (string)(await playground.SayAsync("rep1", "my open items", locale: "en"))[0]!["plainText"]!);

        var snoozed = await playground.ClickAsync("rep1", custom, new Dictionary<string, string> { ["until"] = "in 3 hours" }, locale: "en");
        Assert.Equal("call.snoozed", (string)snoozed[0]!["kind"]!);
        Assert.NotEqual(before, (string)(await playground.SayAsync("rep1", "my open items", locale: "en"))[0]!["plainText"]!);
    }

    private static async Task<JsonNode> WaitForReminderAsync(PlaygroundClient playground, string user, long after)
    {
        // Polls like the page does; the bound is generous because CI machines are busy, not a timing assertion.
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var feed = await playground.FeedAsync(user, after);
            var reminder = feed["items"]!.AsArray().Select(i => i!["reply"]!).FirstOrDefault(r => (string)r["kind"]! == "call.reminder");
            if (reminder is not null) return reminder;
            await Task.Delay(500);
        }
        throw new TimeoutException($"No reminder reached {user}'s feed within 30 seconds.");
    }
}
