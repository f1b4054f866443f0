using RelationshipCoach.Tests.Slack;

namespace RelationshipCoach.Tests.Digests;

/// <summary>A lead on Slack adds everyone in a channel to their team: conversations.members, then users.info for names and emails.</summary>
public sealed class SlackChannelImportTests(SlackChannelImportTests.LeadOnSlack host) : IClassFixture<SlackChannelImportTests.LeadOnSlack>
{
    /// <summary>The Slack host with ULEAD of workspace T1 configured as a lead.</summary>
    public sealed class LeadOnSlack : SlackHost
    {
        protected override Dictionary<string, string?> Settings(FakeSlack slack) => new(base.Settings(slack))
        {
            ["RepTeams:Seed:1:Lead"] = "slack/T1/ULEAD",
        };
    }

    [Fact]
    public async Task Everyone_in_a_channel_but_the_lead_and_bots_joins_the_leads_team()
    {
        host.Slack.ChannelMembers["C0SALES"] = ["ULEAD", "UANNA", "UBEN", "UBOT"];
        host.Slack.People["UANNA"] = ("Anna", "anna@example.com", false);
        host.Slack.People["UBEN"] = ("Ben", "ben@example.com", false);
        host.Slack.People["UBOT"] = ("Coach", "", true);

        await host.Sender.DirectMessageAsync("ULEAD", "add everyone in <#C0SALES|sales> to my team");
        var imported = await host.Slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DULEAD");
        Assert.Contains("2 of the channel's 2 people joined your team", (string?)imported.Args["text"]);

        await host.Sender.DirectMessageAsync("ULEAD", "my team");
        var team = await host.Slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DULEAD", count: 2);
        Assert.Contains("Anna", (string?)team.Args["text"]);
        Assert.Contains("Ben", (string?)team.Args["text"]);
        Assert.DoesNotContain("Coach", (string?)team.Args["text"]);

        await host.Sender.DirectMessageAsync("ULEAD", "add everyone in <#C0SECRET|secret> to my team");
        var refused = await host.Slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DULEAD", count: 3);
        Assert.Contains("can't see who is in that channel", (string?)refused.Args["text"]);
    }
}
