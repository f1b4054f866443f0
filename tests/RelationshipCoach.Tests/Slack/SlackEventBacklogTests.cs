using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Intake;
using RelationshipCoach.Slack.Events;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Slack;

/// <summary>
/// More events than the background can take at once, and events a stop left waiting: Slack is acknowledged at once,
/// every event is answered once, and none is lost.
/// </summary>
public sealed class SlackEventBacklogTests(SlackHost host) : IClassFixture<SlackHost>
{
    private readonly FakeSlack _slack = host.Slack;
    private SlackEventInbox Inbox => host.Factory.Services.GetRequiredService<SlackEventInbox>();

    [Fact]
    public async Task Events_beyond_what_the_workers_can_queue_are_acknowledged_and_all_answered_once_when_slack_is_back()
    {
        // Past 1,000 waiting, an event is kept in the inbox folder only and read back in its turn.
        const int events = 1_200;
        var release = _slack.Hold();
        var users = Enumerable.Range(0, events).Select(i => $"UBACKLOG{i:D4}").ToList();

        var statuses = new List<HttpStatusCode>();
        foreach (var batch in users.Chunk(50))
            statuses.AddRange((await Task.WhenAll(batch.Select(u => host.Sender.DirectMessageAsync(u, "help"))).WaitAsync(TimeSpan.FromSeconds(30)))
                .Select(r => r.StatusCode));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(events, Inbox.Waiting().Count());

        release();
        var answered = await WaitAsync(() => Answered(users), events, TimeSpan.FromSeconds(90));

        Assert.Equal(events, answered);
        Assert.All(users, u => Assert.Single(_slack.CallsTo("chat.postMessage"), c => (string?)c.Args["channel"] == "D" + u));
        Assert.Equal(0, await WaitAsync(() => Inbox.Waiting().Count(), 0, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Many_peoples_events_are_handled_at_once_while_slack_is_slow()
    {
        // The event workers once ran at most four at a time (their threads' count), so a slow Slack held them all.
        // A lane is chosen by a hash of the conversation, so some of these people share one: 64 people fill about
        // 28 of the 32 lanes, and 16 is far beyond both four and chance.
        const int atOnce = 16;
        var release = _slack.Hold();
        var users = Enumerable.Range(0, 64).Select(i => $"UMANY{i:D2}").ToList();
        try
        {
            await Task.WhenAll(users.Select(u => host.Sender.DirectMessageAsync(u, "help")));

            await Eventually.TrueAsync(() => Task.FromResult(InFlight(users).Count >= atOnce),
                () => $"only {InFlight(users).Count} of {users.Count} people had a call to Slack under way");
        }
        finally
        {
            release();
        }
        Assert.Equal(users.Count, await WaitAsync(() => Answered(users), users.Count, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_persons_messages_are_answered_one_after_another_in_the_order_sent()
    {
        const string user = "UORDER";
        string[] asked = ["help", "settings", "help", "settings"];
        var release = _slack.Hold();
        try
        {
            foreach (var text in asked) await host.Sender.DirectMessageAsync(user, text);
            await Eventually.TrueAsync(() => Task.FromResult(CallsFor(user) > 0), "the first message never reached Slack");
            // Handled side by side, the later messages would reach Slack too while the first waits for it.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.Equal(1, CallsFor(user));
        }
        finally
        {
            release();
        }
        await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "D" + user, count: asked.Length);

        var titles = _slack.CallsTo("chat.postMessage").Where(c => (string?)c.Args["channel"] == "D" + user)
            .Select(c => (string?)c.Args["blocks"]![0]!["text"]!["text"]).ToList();
        Assert.Equal(["Your relationship coach", "Your settings", "Your relationship coach", "Your settings"], titles);
    }

    [Fact]
    public async Task An_event_a_stop_left_waiting_is_answered_after_the_restart_and_a_later_retry_is_not()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.Secret, ["Slack:BotToken"] = FakeSlack.BotToken, ["Slack:ApiBaseUrl"] = _slack.ApiUrl.ToString(),
        };
        var eventId = host.Sender.NewEventId();
        var envelope = SlackSender.Envelope(eventId, SlackSender.DirectMessage("URESTART", "help")).ToJsonString();
        string folder;
        await using (var first = CoachFactory.With(settings))
        {
            folder = first.Folder;
            var sender = new SlackSender(first.CreateClient(), SlackHost.Secret);
            Assert.Equal(HttpStatusCode.OK, (await sender.PostAsync("/api/slack/events", envelope, "application/json")).StatusCode);
            await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DURESTART");
        }
        // A stop after the event was taken but before its answer was sent leaves the event in the inbox.
        using (var left = new InboxFolder(Path.Combine(folder, "slack-inbox")))
            Assert.True(left.TryAdd(eventId, Encoding.UTF8.GetBytes(envelope)));

        await using var restarted = CoachFactory.With(settings, folder);
        var again = new SlackSender(restarted.CreateClient(), SlackHost.Secret);
        await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DURESTART", count: 2);
        Assert.Equal(HttpStatusCode.OK, (await again.PostAsync("/api/slack/events", envelope, "application/json", retry: 1)).StatusCode);
        await again.DirectMessageAsync("URESTART", "help");

        await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DURESTART", count: 3);
        Assert.Equal(3, _slack.CallsTo("chat.postMessage").Count(c => (string?)c.Args["channel"] == "DURESTART"));
    }

    /// <summary>The people among <paramref name="users"/> with a call to Slack made on their behalf (looked up or written to).</summary>
    private HashSet<string> InFlight(IReadOnlyCollection<string> users) =>
        _slack.Calls.Select(c => (string?)c.Args["user"] ?? ((string?)c.Args["channel"])?.TrimStart('D')).OfType<string>().Where(users.Contains).ToHashSet();

    private int CallsFor(string user) =>
        _slack.Calls.Count(c => (string?)c.Args["user"] == user || (string?)c.Args["channel"] == "D" + user);

    private int Answered(IReadOnlyCollection<string> users)
    {
        var channels = users.Select(u => "D" + u).ToHashSet();
        return _slack.CallsTo("chat.postMessage").Select(c => (string?)c.Args["channel"]).Where(c => c is not null && channels.Contains(c)).Distinct().Count();
    }

    private static async Task<int> WaitAsync(Func<int> count, int expected, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (count() != expected && DateTime.UtcNow < until) await Task.Delay(100);
        return count();
    }
}
