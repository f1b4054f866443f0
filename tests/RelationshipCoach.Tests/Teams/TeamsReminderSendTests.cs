using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Data;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Teams;

/// <summary>
/// A reminder to a Teams rep is recorded and committed before the connector is called: while Teams is slow, the
/// database stays free for everyone else, and the reminder arrives once, when Teams answers.
/// </summary>
public sealed class TeamsReminderSendTests : IAsyncLifetime
{
    private FakeTeamsChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeTeamsChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task While_teams_holds_a_reminder_the_reminder_is_already_recorded_and_other_writes_go_through()
    {
        await using var host = CoachFactory.With(new Dictionary<string, string?>(_channel.BotSettings())
        {
            ["Reminders:ConfirmAfter"] = "00:00:03",
            ["WorkingHours:Default"] = "Mon-Sun 00:00-24:00",
        });
        var client = host.CreateClient();
        var logged = new TeamsActivities(_channel.ServiceUrl).Message("held-rep", "just got off a call with Acme about the Q3 renewal");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(_channel.Post(logged))).StatusCode);
        await _channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)logged["id"]!));

        var release = _channel.Hold();
        try
        {
            // Seen from another connection, so only once the reminder's transaction has committed.
            await Eventually.TrueAsync(async () => await RemindersSentAsync(host, "Acme") == 1, "the reminder was not recorded");
            var playground = new PlaygroundClient(client);
            var other = await playground.SayAsync("rep1", "just got off a call with Initech about the TPS reports", locale: "en").WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal("call.logged", (string)other[0]!["kind"]!);
            Assert.DoesNotContain(_channel.Calls, c => c.CardText.Contains("Acme") && c.Body?["replyToId"] is null && c.Path.EndsWith("/activities"));
        }
        finally
        {
            release();
        }

        await _channel.WaitForAsync(c => c.Succeeded && c.CardText.Contains("Confirm your call with Acme"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(_channel.Calls, c => c.Succeeded && c.CardText.Contains("Confirm your call with Acme"));
    }

    private static async Task<int?> RemindersSentAsync(CoachFactory host, string client)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoachDbContext>().Calls.AsNoTracking()
            .Where(c => c.Client == client).Select(c => (int?)c.RemindersSent).SingleOrDefaultAsync();
    }
}
