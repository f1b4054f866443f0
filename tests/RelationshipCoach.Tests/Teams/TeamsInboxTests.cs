using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Intake;
using RelationshipCoach.Teams.Activities;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Teams;

/// <summary>
/// Activities wait in the inbox folder between Teams' 200 and their answer: a backlog never holds up the 200 and is
/// answered once, one a stop left there is answered after the restart, a redelivery of it is not answered again, and
/// a stored body that is not an activity is cleared away.
/// </summary>
public sealed class TeamsInboxTests : IAsyncLifetime
{
    private FakeTeamsChannel _channel = null!;
    private TeamsActivities _activities = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        _activities = new TeamsActivities(_channel.ServiceUrl);
    }

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task An_activity_a_stop_left_waiting_is_answered_after_the_restart_and_a_later_redelivery_is_not()
    {
        var message = _activities.Message("inbox-rep", "help");
        var replies = "/activities/" + (string)message["id"]!;
        string folder;
        await using (var first = CoachFactory.With(_channel.BotSettings()))
        {
            folder = first.Folder;
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(first.CreateClient(), message)).StatusCode);
            await _channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith(replies));
        }
        // A stop after the activity was taken but before its answer was sent leaves the activity in the inbox (a stop
        // that interrupted the removal after the reply may have left it already).
        var activity = JsonSerializer.Deserialize<Activity>(message.ToJsonString(), ActivityJson.Options)!;
        using (var left = new InboxFolder(Path.Combine(folder, "teams-inbox")))
            left.TryAdd(ActivityKeys.Inbox(activity), JsonSerializer.SerializeToUtf8Bytes(message));

        await using var restarted = CoachFactory.With(_channel.BotSettings(), folder);
        var client = restarted.CreateClient();
        await _channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith(replies) && Count(replies) == 2);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, message)).StatusCode);
        // The conversation's activities are handled in order: once a later message is answered, the redelivery is done.
        var later = _activities.Message("inbox-rep", "help");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, later)).StatusCode);
        await _channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)later["id"]!));

        Assert.Equal(2, Count(replies));
        Assert.Empty(await WaitingLeftAsync(restarted));
    }

    [Fact]
    public async Task More_activities_than_are_kept_in_memory_are_acknowledged_at_once_and_all_answered_once_when_teams_is_back()
    {
        // Each of the 8 lanes waits on its first reply; past 1,000 waiting, activities wait in the folder only.
        const int activities = ActivityQueue.KeptInMemory + 100;
        await using var host = CoachFactory.With(_channel.BotSettings());
        var client = host.CreateClient();
        var release = _channel.Hold();
        var messages = Enumerable.Range(0, activities).Select(i => _activities.Message($"backlog-rep-{i:D4}", "help")).ToList();

        var statuses = new List<HttpStatusCode>();
        foreach (var batch in messages.Chunk(50))
            statuses.AddRange((await Task.WhenAll(batch.Select(m => PostAsync(client, m))).WaitAsync(TimeSpan.FromSeconds(30))).Select(r => r.StatusCode));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(activities, host.Services.GetRequiredService<ActivityInbox>().Waiting().Count());

        release();
        var replies = messages.Select(m => "/activities/" + (string)m["id"]!).ToList();
        var until = DateTime.UtcNow.AddSeconds(90);
        while (replies.Any(r => Count(r) == 0) && DateTime.UtcNow < until) await Task.Delay(100);

        Assert.All(replies, r => Assert.Equal(1, Count(r)));
        Assert.Empty(await WaitingLeftAsync(host));
    }

    [Fact]
    public async Task A_stored_body_that_is_not_an_activity_is_removed_at_start_and_the_bot_goes_on()
    {
        var folder = Directory.CreateTempSubdirectory("coach-test-").FullName;
        using (var left = new InboxFolder(Path.Combine(folder, "teams-inbox")))
            Assert.True(left.TryAdd("damaged", "{\"type\": \"message\", \"text\": "u8));

        await using var host = CoachFactory.With(_channel.BotSettings(), folder);
        var message = _activities.Message("inbox-damaged-rep", "help");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host.CreateClient(), message)).StatusCode);
        await _channel.WaitForAsync(c => c.Succeeded && c.Path.EndsWith("/activities/" + (string)message["id"]!));

        Assert.Empty(await WaitingLeftAsync(host));
    }

    /// <summary>An activity is removed from the inbox just after its reply is sent, so the inbox gets a moment to empty.</summary>
    private static async Task<string[]> WaitingLeftAsync(CoachFactory host)
    {
        var inbox = host.Services.GetRequiredService<ActivityInbox>();
        var until = DateTime.UtcNow.AddSeconds(10);
        while (inbox.Waiting().Any() && DateTime.UtcNow < until) await Task.Delay(50);
        return [.. inbox.Waiting()];
    }

    private int Count(string replies) => _channel.Calls.Count(c => c.Succeeded && c.Path.EndsWith(replies));

    private Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity) => client.SendAsync(_channel.Post(activity));
}
