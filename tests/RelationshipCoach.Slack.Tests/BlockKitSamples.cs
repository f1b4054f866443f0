using System.Text.Json.Nodes;
using RelationshipCoach.Slack.Commands;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Rendering;

namespace RelationshipCoach.Slack.Tests;

/// <summary>
/// Writes every kind of payload the renderer produces, as the Web API call that sends it, to SLACK_PAYLOADS_DIR
/// for .ci/check-slack-blocks.sh (tsc against @slack/types); without the variable it only checks they render.
/// </summary>
public sealed class BlockKitSamples
{
    [Fact]
    public async Task Every_payload_kind_renders_and_is_written_for_the_type_check()
    {
        var calls = new JsonArray();
        void Add(string method, JsonObject args) => calls.Add(new JsonObject { ["method"] = method, ["args"] = args });
        foreach (var reply in new[] { SampleReplies.Everything, SampleReplies.Short, SampleReplies.Huge })
        {
            var post = BlockKitRenderer.Message(reply);
            post["channel"] = "D1";
            Add("chat.postMessage", post);
            var update = BlockKitRenderer.Message(reply);
            update["channel"] = "D1";
            update["ts"] = "1.2";
            Add("chat.update", update);
            Add("message", SlackReplies.ResponseBody(reply, replaceOriginal: true));
            Add("views.open", new JsonObject { ["trigger_id"] = "t", ["view"] = ModalRenderer.View(reply, "{}", "Coach") });
        }
        Add("views.publish", new JsonObject { ["user_id"] = "U1", ["view"] = HomeViewRenderer.View([SampleReplies.Short, SampleReplies.Everything, SampleReplies.Huge]) });
        Add("message", new JsonObject { ["response_type"] = "ephemeral", ["text"] = SlashCommandHandler.WorkingText });

        Assert.Equal(14, calls.Count);
        if (Environment.GetEnvironmentVariable("SLACK_PAYLOADS_DIR") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "renderer-samples.json"), new JsonObject { ["calls"] = calls }.ToJsonString());
        }
    }
}
