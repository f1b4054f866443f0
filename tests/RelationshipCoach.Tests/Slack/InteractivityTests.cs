using System.Net;
using System.Text.Json.Nodes;

namespace RelationshipCoach.Tests.Slack;

public sealed class InteractivityTests(SlackHost host) : IClassFixture<SlackHost>
{
    private readonly FakeSlack _slack = host.Slack;
    private readonly SlackSender _sender = host.Sender;

    private async Task<SlackCall> SayAsync(string user, string text, int count)
    {
        await _sender.DirectMessageAsync(user, text);
        return await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "D" + user, count);
    }

    [Fact]
    public async Task Clicking_sent_on_a_logged_call_confirms_it_and_updates_the_message()
    {
        var logged = await SayAsync("UCLICK", "call Initech pricing", 1);

        var click = SlackSender.Click("UCLICK", logged.Args, "call.sent", "1700000000.000300");
        Assert.Equal(HttpStatusCode.OK, (await _sender.InteractAsync(click)).StatusCode);
        var updated = await _slack.WaitForAsync("chat.update", c => (string?)c.Args["channel"] == "DUCLICK");

        Assert.Equal("1700000000.000300", (string?)updated.Args["ts"]);
        Assert.Contains("Initech", updated.Json);
        Assert.DoesNotContain("call.sent~", updated.Json);
        var open = await SayAsync("UCLICK", "open items", 2);
        Assert.DoesNotContain("Initech", open.Json);
    }

    [Fact]
    public async Task The_call_form_opens_as_a_modal_refuses_a_missing_client_and_logs_a_complete_one()
    {
        var help = await SayAsync("UFORM", "help", 1);

        await _sender.InteractAsync(SlackSender.Click("UFORM", help.Args, "call.form", "1700000000.000400"));
        var opened = await _slack.WaitForAsync("views.open");
        var view = opened.Args["view"]!.AsObject();
        Assert.Equal("modal", (string?)view["type"]);
        Assert.Contains(view["blocks"]!.AsArray(), b => (string?)b!["type"] == "input" && (string?)b["block_id"] == "client");

        var refused = await SubmitAsync(view, client: null, topic: "pricing");
        Assert.Equal("errors", (string?)refused!["response_action"]);
        Assert.NotNull(refused["errors"]!["client"]);

        var accepted = await SubmitAsync(view, client: "Umbrella", topic: "renewal");
        Assert.Null(accepted);
        var logged = await _slack.WaitForAsync("chat.postMessage", c => (string?)c.Args["channel"] == "DUFORM", count: 2);
        Assert.Contains("Umbrella", logged.Json);
    }

    private async Task<JsonObject?> SubmitAsync(JsonObject view, string? client, string topic)
    {
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = "UFORM", ["team_id"] = SlackSender.Team },
            ["team"] = new JsonObject { ["id"] = SlackSender.Team },
            ["view"] = new JsonObject
            {
                ["id"] = "V1", ["type"] = "modal", ["callback_id"] = view["callback_id"]!.DeepClone(),
                ["private_metadata"] = view["private_metadata"]!.DeepClone(),
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        ["client"] = new JsonObject { ["client"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = client } },
                        ["topic"] = new JsonObject { ["topic"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = topic } },
                    },
                },
            },
        };
        var response = await _sender.InteractAsync(payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SlackSender.JsonAsync(response);
        return body;
    }
}
