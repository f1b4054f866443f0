using System.Net;
using System.Text.Json.Nodes;

namespace RelationshipCoach.Tests.Slack;

public sealed class SlashCommandTests(SlackHost host) : IClassFixture<SlackHost>
{
    private readonly FakeSlack _slack = host.Slack;

    /// <summary>What the person sees: the command's response, and the response_url posts when the coach answered later.</summary>
    private async Task<string> CoachAsync(string user, string text)
    {
        var responseId = Guid.NewGuid().ToString("N");
        var response = await host.Sender.CommandAsync(user, text, _slack.ResponseUrl(responseId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await SlackSender.JsonAsync(response))!;
        Assert.Equal("ephemeral", (string?)body["response_type"]);
        if (body["blocks"] is not null)
        {
            _slack.Calls.Enqueue(new SlackCall("message", body, null, "http-response"));
            return SlackSender.Text(body);
        }
        return (await _slack.WaitForAsync("message", c => c.ResponseId == responseId)).Json;
    }

    [Fact]
    public async Task Coach_help_answers_with_the_help_card()
    {
        var seen = await CoachAsync("UCMD1", "help");

        Assert.Contains("Your relationship coach", seen);
        Assert.Contains("\"type\":\"actions\"", seen);
    }

    [Fact]
    public async Task Coach_call_logs_the_call_and_open_items_then_lists_it()
    {
        var logged = await CoachAsync("UCMD2", "call Acme pricing");
        Assert.Contains("Acme", logged);
        Assert.Contains("call.sent~0", logged);

        var open = await CoachAsync("UCMD2", "open items");
        Assert.Contains("Acme · pricing", open);
    }

    [Fact]
    public async Task A_forged_command_is_refused()
    {
        var response = await host.Sender.PostAsync("/api/slack/commands", "team_id=T1&user_id=U1&text=help", "application/x-www-form-urlencoded", signatureSecret: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
