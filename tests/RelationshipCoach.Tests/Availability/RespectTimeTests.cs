using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Availability;

/// <summary>Days off, out of office, intensity and holiday calendars, through the playground API and the real scheduler.</summary>
public sealed class RespectTimeTests
{
    private static readonly Dictionary<string, string?> FastReminders = new()
    {
        ["Reminders:ConfirmAfter"] = "00:00:02",
        ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00",
    };

    [Fact]
    public async Task An_out_of_office_holds_the_reminder_until_the_person_is_back()
    {
        await using var host = CoachFactory.With(FastReminders);
        var playground = new PlaygroundClient(host.CreateClient());

        var away = await playground.SayAsync("rep1", "Ich bin im Urlaub bis übermorgen", locale: "de");
        Assert.Equal("absence.set", (string)away[0]!["kind"]!);
        await playground.SayAsync("rep1", "Telefonat mit Müller GmbH wegen Lieferverzug gerade beendet", locale: "de");

        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.DoesNotContain(Kinds(await playground.FeedAsync("rep1")), k => k == "call.reminder");

        var back = await playground.SayAsync("rep1", "bin wieder da", locale: "de");
        Assert.Equal("absence.ended", (string)back[0]!["kind"]!);
        await WaitForAsync(playground, "rep1", "call.reminder");
    }

    [Fact]
    public async Task A_reminder_beyond_the_daily_cap_is_held_at_once_rather_than_deadlocking_on_the_scheduler()
    {
        // The reminder is recorded in a transaction, and holding it sets a wake-up through Quartz on its own SQLite
        // connection: set inside the transaction, that waited for the transaction's lock for the busy timeout (30 s).
        await using var host = CoachFactory.With(new Dictionary<string, string?>(FastReminders) { ["Nudges:MaxPerDay"] = "1" });
        var playground = new PlaygroundClient(host.CreateClient());

        await playground.SayAsync("rep1", "call Acme about the renewal");
        await playground.SayAsync("rep1", "call Globex about the pilot");

        await WaitForAsync(playground, "rep1", "call.reminder");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            // Both fall due in the same second, so either may be the one sent; the other must be the one held.
            var items = await playground.SayAsync("rep1", "my open items");
            var sent = (await playground.FeedAsync("rep1"))["items"]!.AsArray().Select(i => i!["reply"]!)
                .Where(r => (string?)r["kind"] == "call.reminder").Select(r => (string)r["plainText"]!).ToList();
            var other = sent is [var only] ? (only.Contains("Acme") ? "Globex" : "Acme") : null;
            if (other is not null && HeldLine(items) is { } held && held.Contains(other)) return;
            await Task.Delay(500);
        }
        throw new TimeoutException("The second reminder was neither delivered nor listed as held within 10 seconds.");
    }

    [Fact]
    public async Task Off_until_without_a_day_asks_back_and_changes_nothing()
    {
        await using var host = CoachFactory.With(FastReminders);
        var playground = new PlaygroundClient(host.CreateClient());

        var asked = await playground.SayAsync("rep2", "I'm off", locale: "en");
        Assert.Equal("absence.ask", (string)asked[0]!["kind"]!);
        var back = await playground.SayAsync("rep2", "I'm back", locale: "en");
        Assert.Contains("weren't marked as away", (string)back[0]!["plainText"]!);
    }

    [Fact]
    public async Task Remind_me_less_is_said_back_and_shown_in_settings()
    {
        await using var host = CoachFactory.With(FastReminders);
        var playground = new PlaygroundClient(host.CreateClient());

        var less = await playground.SayAsync("rep1", "recuérdame menos", locale: "es");
        Assert.Contains("solo recibirás el primer recordatorio", (string)less[0]!["plainText"]!);
        var settings = await playground.SayAsync("rep1", "configuración", locale: "es");
        Assert.Contains("pocos (solo el primero)", (string)settings[0]!["plainText"]!);
    }

    [Fact]
    public async Task A_holiday_from_an_imported_calendar_moves_the_reminder_and_a_broken_calendar_does_not_stop_the_service()
    {
        var folder = Directory.CreateTempSubdirectory("coach-holidays-").FullName;
        var today = DateTime.UtcNow.Date;
        var holiday = Path.Combine(folder, "today.ics");
        await File.WriteAllTextAsync(holiday, $"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:h1\nDTSTART;VALUE=DATE:{today:yyyyMMdd}\nDTEND;VALUE=DATE:{today.AddDays(1):yyyyMMdd}\nSUMMARY:Company day off\nEND:VEVENT\nEND:VCALENDAR\n");
        var broken = Path.Combine(folder, "broken.ics");
        await File.WriteAllTextAsync(broken, "not a calendar");

        await using var host = CoachFactory.With(new Dictionary<string, string?>(FastReminders)
        {
            ["Holidays:Calendars:0:Source"] = holiday,
            ["Holidays:Calendars:0:Scope"] = "everyone",
            ["Holidays:Calendars:1:Source"] = broken,
        });
        var http = host.CreateClient();
        Assert.True((await http.GetAsync("/healthz")).IsSuccessStatusCode);
        var playground = new PlaygroundClient(http);

        await playground.SayAsync("rep2", "settings UTC", locale: "en");
        await playground.SayAsync("rep2", "call Initech: TPS reports", locale: "en");
        var open = (string)(await playground.SayAsync("rep2", "my open items", locale: "en"))[0]!["plainText"]!;
        var tomorrow = today.AddDays(1).ToString("ddd d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains($"next reminder {tomorrow}, 00:00", open);
    }

    /// <summary>The open-items line that lists what waits for the next working morning, if any.</summary>
    private static string? HeldLine(JsonArray replies) =>
        replies.SelectMany(r => r!["blocks"]!.AsArray()).Select(b => (string?)b!["text"]).FirstOrDefault(t => t is not null && t.StartsWith("Held for your next working time"));

    private static IEnumerable<string> Kinds(JsonObject feed) => feed["items"]!.AsArray().Select(i => (string)i!["reply"]!["kind"]!);

    private static async Task WaitForAsync(PlaygroundClient playground, string user, string kind)
    {
        // Polls like the page does; the bound is generous because CI machines are busy, not a timing assertion.
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (Kinds(await playground.FeedAsync(user)).Contains(kind)) return;
            await Task.Delay(500);
        }
        throw new TimeoutException($"No {kind} reached {user}'s feed within 30 seconds.");
    }
}
