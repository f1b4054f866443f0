using System.Net;
using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Slack;

/// <summary>Socket Mode only: an app token, no signing secret (so the HTTP endpoints stay unmapped).</summary>
public sealed class SocketModeHost : SlackHost
{
    protected override Dictionary<string, string?> Settings(FakeSlack slack) => new()
    {
        ["Slack:AppToken"] = FakeSlack.AppToken,
        ["Slack:BotToken"] = FakeSlack.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiUrl.ToString(),
    };
}

public sealed class SocketModeTests(SocketModeHost host) : IClassFixture<SocketModeHost>
{
    private readonly FakeSlack _slack = host.Slack;

    private async Task<JsonObject> AckAsync(string envelopeId)
    {
        while (true)
        {
            var ack = JsonNode.Parse(await _slack.SocketAcks.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token))!.AsObject();
            if ((string?)ack["envelope_id"] == envelopeId) return ack;
        }
    }

    private async Task ConnectedAsync(int connections)
    {
        host.Factory.CreateClient();
        for (var i = 0; i < 400 && _slack.SocketConnections < connections; i++) await Task.Delay(50);
        Assert.True(_slack.SocketConnections >= connections, $"the bot never opened socket connection {connections}");
    }

    [Fact]
    public async Task Events_commands_and_reconnects_work_over_the_socket()
    {
        await ConnectedAsync(1);
        Assert.Equal(FakeSlack.AppToken, _slack.CallsTo("apps.connections.open").First().Token);

        await _slack.SendToSocketAsync(new
        {
            type = "events_api", envelope_id = "env-1", accepts_response_payload = false, retry_attempt = 0,
            payload = JsonNode.Parse(SlackSender.Envelope("EvSocket1", SlackSender.DirectMessage("USOCKET", "help")).ToJsonString()),
        });
        Assert.Null((await AckAsync("env-1"))["payload"]);
        var posted = await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DUSOCKET");
        Assert.Contains("Your relationship coach", posted.Json);

        await _slack.SendToSocketAsync(new { type = "disconnect", reason = "refresh_requested" });
        await ConnectedAsync(2);
        Assert.True(_slack.CallsTo("apps.connections.open").Count() >= 2);

        await _slack.SendToSocketAsync(new
        {
            type = "slash_commands", envelope_id = "env-2", accepts_response_payload = true,
            payload = new { team_id = SlackSender.Team, user_id = "USOCKET", channel_id = "C1", command = "/coach", text = "call Hooli pricing", response_url = _slack.ResponseUrl("socket") },
        });
        var ack = await AckAsync("env-2");
        var seen = ack["payload"]!["blocks"] is not null ? ack["payload"]!.ToJsonString() : (await _slack.WaitForAsync("message", c => c.ResponseId == "socket")).Json;
        Assert.Contains("Hooli", seen);
    }

    [Fact]
    public async Task Without_a_signing_secret_the_http_endpoints_do_not_exist()
    {
        var response = await host.Factory.CreateClient().PostAsync("/api/slack/events", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
