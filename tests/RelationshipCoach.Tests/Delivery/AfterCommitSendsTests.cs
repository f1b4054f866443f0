using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Delivery;
using RelationshipCoach.Tests.Slack;

namespace RelationshipCoach.Tests.Delivery;

/// <summary>
/// <see cref="AfterCommitSends"/>' own part of a stop, on the real host with Slack holding the send: called directly,
/// so that the HTTP client's wait for calls under way, which a whole host's stop also has, cannot stand in for it.
/// </summary>
public sealed class AfterCommitSendsTests : IAsyncLifetime
{
    private const string Title = "Confirm your call with Acme in writing";
    private static readonly Reply Reminder = new() { Kind = "call.reminder", Title = Title };

    // A host of its own for each test: a stop whose time ran out leaves the sends abandoned for good.
    private readonly SlackHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_stop_waits_for_a_send_under_way_and_the_sent_message_is_released()
    {
        var (profile, held) = await HoldAsync("USTOPWAITS");

        Task stop;
        var release = _host.Slack.Hold();
        try
        {
            await StartSendAsync(profile, held, "USTOPWAITS");
            stop = Sends.StopAsync(CancellationToken.None);

            Assert.NotSame(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromMilliseconds(500))));
            Assert.Equal([Title], await HeldTitlesAsync(profile));
        }
        finally
        {
            release();
        }

        await stop.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Args["channel"] == "DUSTOPWAITS");
        Assert.Empty(await HeldTitlesAsync(profile));
    }

    [Fact]
    public async Task A_stop_whose_time_runs_out_abandons_the_send_and_the_message_stays_held()
    {
        var (profile, held) = await HoldAsync("USTOPLATE");

        var release = _host.Slack.Hold();
        try
        {
            await StartSendAsync(profile, held, "USTOPLATE");
            using var shutdownTimeout = new CancellationTokenSource();
            var stop = Sends.StopAsync(shutdownTimeout.Token);
            await shutdownTimeout.CancelAsync();

            await stop.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal([Title], await HeldTitlesAsync(profile));
            Assert.DoesNotContain(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Args["channel"] == "DUSTOPLATE");
        }
        finally
        {
            release();
        }
    }

    private AfterCommitSends Sends => _host.Factory.Services.GetRequiredService<AfterCommitSends>();

    /// <summary>Hands the held message to the sends and waits until Slack has the first call of it (and holds it).</summary>
    private async Task StartSendAsync(UserProfile profile, long held, string slackUser)
    {
        Sends.Start(new InFlightMessage(profile, Reminder, held, SystemClock.Instance.GetCurrentInstant(), null));
        await _host.Slack.WaitForAsync("conversations.open", c => (string?)c.Args["users"] == slackUser);
    }

    private async Task<(UserProfile Profile, long Held)> HoldAsync(string slackUser)
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<IUserDirectory>()
            .GetOrCreateAsync(new UserRef(Channels.Slack, SlackSender.Team, slackUser), CancellationToken.None);
        var until = SystemClock.Instance.GetCurrentInstant() + Duration.FromMinutes(5);
        return (profile, await scope.ServiceProvider.GetRequiredService<IDeliveryLedger>().HoldAsync(profile.Id, Reminder, until, null, CancellationToken.None));
    }

    private async Task<IReadOnlyList<string>> HeldTitlesAsync(UserProfile profile)
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDeliveryLedger>().HeldTitlesAsync(profile.Id, CancellationToken.None);
    }
}
