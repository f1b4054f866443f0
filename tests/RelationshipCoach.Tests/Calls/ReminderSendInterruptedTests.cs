using System.Net;
using Microsoft.Data.Sqlite;
using RelationshipCoach.Tests.Infrastructure;
using RelationshipCoach.Tests.Teams;
using Xunit.Abstractions;

namespace RelationshipCoach.Tests.Calls;

/// <summary>
/// A real instance on a SQLite file is killed or stopped while Teams holds a reminder's send, and another starts on
/// the same file: the reminder is not lost. After a crash it reaches Teams twice (once from the dead instance,
/// unanswered, once after the restart when its hold ends): at least once, as docs/operations.md says; after a stop,
/// once.
/// </summary>
public sealed class ReminderSendInterruptedTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan SendHold = TimeSpan.FromSeconds(10);
    private FakeTeamsChannel _channel = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        _folder = Directory.CreateTempSubdirectory("coach-midsend-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_reminder_whose_send_a_crash_cut_short_goes_out_once_more_after_the_restart_when_its_hold_ends()
    {
        await using var a = await CoachProcess.StartAsync(Settings());
        await LogCallAsync(a, "Acme");
        var release = _channel.Hold();
        try
        {
            await _channel.WaitForReceivedAsync(c => IsReminder(c, "Acme"));
            a.Kill();
        }
        finally
        {
            release();
        }
        // The crash left the reminder held: recorded as sent, but not yet known to have reached Teams.
        var holdEnds = Assert.Single(await HeldUntilAsync("Acme"));

        var restartedAt = DateTimeOffset.UtcNow;
        await using var b = await CoachProcess.StartAsync(Settings());
        var again = await _channel.WaitForReceivedAsync(c => IsReminder(c, "Acme") && c.At > restartedAt);
        output.WriteLine($"Restarted {(holdEnds - restartedAt).TotalSeconds:F1}s before the hold ended; sent again {(again.At - holdEnds).TotalSeconds:F1}s after it.");
        // The held copy is due only when its hold ends; the margin covers clock granularity, not speed.
        Assert.True(again.At > holdEnds - TimeSpan.FromSeconds(2), $"sent again at {again.At:O}, before the hold ended at {holdEnds:O}");
        await Eventually.TrueAsync(async () => (await HeldUntilAsync("Acme")).Count == 0, "the restarted instance did not release the held copy");

        // Longer than a wake-up takes to fire: a second send from the restarted instance would have arrived by now.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(2, _channel.Received.Count(c => IsReminder(c, "Acme")));
    }

    [Fact]
    public async Task A_stop_lets_a_held_up_reminder_send_finish_and_the_restart_does_not_send_it_again()
    {
        await using var a = await CoachProcess.StartAsync(Settings());
        await LogCallAsync(a, "Globex");
        var release = _channel.Hold();
        Task<int> stopping;
        ConnectorCall sent;
        try
        {
            sent = await _channel.WaitForReceivedAsync(c => IsReminder(c, "Globex"));
            stopping = a.StopAsync();
            await Eventually.TrueAsync(() => Task.FromResult(a.CountLines("Application is shutting down") > 0), "the stop did not begin");
            // Gives the stop time to reach the sends it waits for; without the wait the test would only pass more easily.
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(a.HasExited, "the stop did not wait for the send under way");
        }
        finally
        {
            release();
        }

        Assert.Equal(0, await stopping);
        // Released only once Teams took the reminder; had it failed, a copy would be held for a retry instead.
        Assert.Empty(await HeldUntilAsync("Globex"));

        await using var b = await CoachProcess.StartAsync(Settings());
        // Past the hold and a few seconds of the restarted instance's wake-ups: an unreleased copy would have gone out.
        var until = Max(sent.At + SendHold, DateTimeOffset.UtcNow) + TimeSpan.FromSeconds(4);
        await Task.Delay(until - DateTimeOffset.UtcNow);
        Assert.Single(_channel.Received, c => IsReminder(c, "Globex"));
    }

    private Dictionary<string, string> Settings()
    {
        var settings = _channel.BotSettings().ToDictionary(s => s.Key, s => s.Value!);
        settings["ConnectionStrings:Coach"] = $"Data Source={DatabasePath}";
        settings["Reminders:ConfirmAfter"] = "00:00:03";
        settings["Reminders:SendHold"] = SendHold.ToString("c");
        settings["WorkingHours:Default"] = "Mon-Sun 00:00-24:00";
        settings["Playground:DemoData"] = "false";
        // One trained classifier shared with the in-process hosts: a process training its own starts far slower.
        settings["Guidance:ModelCache"] = Path.Combine(Path.GetTempPath(), "coach-test-guidance-model");
        return settings;
    }

    private string DatabasePath => Path.Combine(_folder, "coach.db");

    /// <summary>Logs a call in a Teams chat and waits for the bot's answer, before Teams is made slow.</summary>
    private async Task LogCallAsync(CoachProcess coach, string client)
    {
        var logged = new TeamsActivities(_channel.ServiceUrl).Message("held-rep", $"just got off a call with {client} about the Q3 renewal");
        Assert.Equal(HttpStatusCode.OK, (await coach.Http.SendAsync(_channel.Post(logged))).StatusCode);
        await _channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)logged["id"]!));
    }

    private static bool IsReminder(ConnectorCall call, string client) =>
        call.Method == "POST" && call.CardText.Contains($"Confirm your call with {client}");

    /// <summary>When the reminder's held copies end their holds, read from the database file the instances share.</summary>
    private async Task<IReadOnlyList<DateTimeOffset>> HeldUntilAsync(string client)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT HoldUntil FROM held_messages WHERE Title LIKE $title";
        command.Parameters.AddWithValue("$title", $"%{client}%");
        await using var reader = await command.ExecuteReaderAsync();
        var holds = new List<DateTimeOffset>();
        while (await reader.ReadAsync()) holds.Add(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)));
        return holds;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
