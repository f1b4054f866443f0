using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Data;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>
/// A host with one call of rep1's in it, fed generated hostile requests: none may get a 500, and none that is
/// invalid (or aimed at another person's call) may change anything in the database.
/// </summary>
public sealed class HostileInputProbe : IAsyncDisposable
{
    private readonly CoachFactory _host;
    private readonly HttpClient _http;
    private string _othersCallId = "";

    private HostileInputProbe(IDictionary<string, string?> settings)
    {
        _host = CoachFactory.With(new Dictionary<string, string?>(settings) { ["Reminders:ConfirmAfter"] = "01:00:00" });
        _http = _host.CreateClient();
    }

    public static async Task<HostileInputProbe> StartAsync(IDictionary<string, string?> settings)
    {
        var probe = new HostileInputProbe(settings);
        var replies = await new PlaygroundClient(probe._http).SayAsync("rep1", "just got off a call with Acme about the renewal", locale: "en");
        probe._othersCallId = (string)PlaygroundClient.Action(replies.Single(r => (string)r!["kind"]! == "call.logged")!, "call.sent")["values"]!["callId"]!;
        return probe;
    }

    public Task CheckAsync(int iterations) =>
        HostileRequests.All(_othersCallId).SampleAsync(async hostile =>
        {
            var before = await SnapshotAsync();
            using var response = await _http.SendAsync(hostile.Build());
            var after = await SnapshotAsync();

            Assert.True((int)response.StatusCode < 500, $"{hostile} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            if (hostile.Invalid) Assert.True(before == after, $"{hostile} changed the database:\n{before}\n→\n{after}");
        }, iter: iterations, threads: 1, print: h => h.ToString());

    /// <summary>A body announced larger than the limit is answered 413 and changes nothing.</summary>
    public async Task CheckOversizedBodyAsync()
    {
        var before = await SnapshotAsync();
        var text = new string('a', (int)CoachApp.MaxRequestBodyBytes);
        using var content = new StringContent(JsonSerializer.Serialize(new { user = "tester5", text }), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("/api/playground/messages", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Everything a request could change, in a form two snapshots can be compared by.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoachDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => $"{u.Id}:{u.ChannelUserId}:{u.Role}:{u.Language}:{u.ChannelLocale}:{u.TimeZoneId}:{u.WorkingHours}").ToListAsync();
        var calls = await db.Calls.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => $"{c.Id}:{c.RepId}:{c.Status}:{c.NextReminderAt}:{c.RemindersSent}:{c.Notes}:{c.NotNeededReason}").ToListAsync();
        var feed = await db.FeedItems.CountAsync();
        return $"users {string.Join(",", users)}\ncalls {string.Join(",", calls)}\nfeed {feed}";
    }
}
