using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Tests.Slack;

public sealed class SlackMessengerTests(SlackHost host) : IClassFixture<SlackHost>
{
    [Fact]
    public async Task A_proactive_reply_opens_the_dm_once_and_then_reuses_it()
    {
        var person = new UserRef(Channels.Slack, SlackSender.Team, "UPROACTIVE");
        var reply = new Reply { Kind = "reminder", Title = "Confirmation due", Blocks = [new TextBlock("Send the recap to Acme.")] };

        for (var i = 0; i < 2; i++)
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMessenger>().SendAsync(person, reply, CancellationToken.None);
        }

        Assert.Single(host.Slack.CallsTo("conversations.open"), c => (string?)c.Args["users"] == "UPROACTIVE");
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count(c => (string?)c.Args["channel"] == "DUPROACTIVE" && c.Json.Contains("Confirmation due")));
    }
}
