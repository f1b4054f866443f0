using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Slack.Rendering;

namespace RelationshipCoach.Slack.Tests;

public sealed class BlockKitRendererTests
{
    private static IEnumerable<JsonNode> Of(JsonArray blocks, string type) => blocks.Where(b => (string?)b!["type"] == type)!;

    [Fact]
    public void Every_reply_field_has_its_block()
    {
        var blocks = BlockKitRenderer.Message(SampleReplies.Everything)["blocks"]!.AsArray();

        Assert.Equal("header", (string?)blocks[0]!["type"]);
        Assert.Single(Of(blocks, "image"));
        Assert.Contains(Of(blocks, "context"), c => ((string)c["elements"]![0]!["text"]!).Contains("Subtle note"));
        Assert.Contains(Of(blocks, "section"), s => (string?)s["text"]?["text"] == "```code\n  block```");
        var inputs = Of(blocks, "input").ToList();
        Assert.Equal(["plain_text_input", "plain_text_input", "datepicker", "timepicker", "static_select", "plain_text_input"],
            inputs.Select(i => (string)i["element"]!["type"]!));
        Assert.All(inputs, i => Assert.Equal((string?)i["block_id"], (string?)i["element"]!["action_id"]));
        Assert.Equal("de", (string?)inputs[4]["element"]!["initial_option"]!["value"]);
        Assert.False((bool)inputs[0]["optional"]!);
    }

    [Fact]
    public void Slacks_limits_hold_for_an_oversized_reply()
    {
        var blocks = BlockKitRenderer.Message(SampleReplies.Everything)["blocks"]!.AsArray();

        Assert.True(blocks.Count <= BlockKitRenderer.MaxMessageBlocks);
        Assert.True(((string)blocks[0]!["text"]!["text"]!).Length <= 150);
        Assert.All(Of(blocks, "section"), s => Assert.True(((string?)s["text"]?["text"] ?? "").Length <= 3000));
        Assert.All(Of(blocks, "section").Where(s => s["fields"] is not null), s =>
        {
            Assert.True(s["fields"]!.AsArray().Count <= 10);
            Assert.All(s["fields"]!.AsArray(), f => Assert.True(((string)f!["text"]!).Length <= 2000));
        });
        var actionBlocks = Of(blocks, "actions").ToList();
        Assert.Equal(2, actionBlocks.Count);
        Assert.All(actionBlocks, a => Assert.True(a["elements"]!.AsArray().Count <= 25));
        var buttons = actionBlocks.SelectMany(a => a["elements"]!.AsArray()).ToList();
        Assert.All(buttons, b => Assert.True(((string)b!["text"]!["text"]!).Length <= 75));
        Assert.Equal(buttons.Count, buttons.Select(b => (string)b!["action_id"]!).Distinct().Count());
        Assert.Equal(["primary", "danger"], buttons.Where(b => b!["style"] is not null).Select(b => (string)b!["style"]!));
    }

    [Fact]
    public void Too_many_blocks_are_cut_but_the_buttons_stay()
    {
        var blocks = BlockKitRenderer.Message(SampleReplies.Huge)["blocks"]!.AsArray();

        Assert.Equal(BlockKitRenderer.MaxMessageBlocks, blocks.Count);
        Assert.Equal("actions", (string?)blocks[blocks.Count - 1]!["type"]);
        Assert.Equal("…", (string?)blocks[blocks.Count - 2]!["elements"]![0]!["text"]);
    }

    [Fact]
    public void Mrkdwn_control_characters_are_escaped()
    {
        var message = BlockKitRenderer.Message(new Reply { Blocks = [new TextBlock("<@U1> & <!here> > 1")] });

        Assert.Equal("&lt;@U1&gt; &amp; &lt;!here&gt; &gt; 1", (string?)message["blocks"]![0]!["text"]!["text"]);
        Assert.Equal("&lt;@U1&gt; &amp; &lt;!here&gt; &gt; 1", (string?)message["text"]);
    }

    [Fact]
    public void Long_text_is_split_into_sections_without_losing_any()
    {
        var text = string.Join("\n", Enumerable.Repeat(new string('a', 99), 100));
        var sections = BlockKitRenderer.Message(new Reply { Blocks = [new TextBlock(text)] })["blocks"]!.AsArray();

        Assert.True(sections.Count > 1);
        Assert.Equal(text.Replace("\n", ""), string.Concat(sections.Select(s => ((string)s!["text"]!["text"]!).Replace("\n", ""))));
    }

    [Fact]
    public void Button_ids_and_values_carry_the_reply_action_back()
    {
        var blocks = BlockKitRenderer.Message(SampleReplies.Short)["blocks"]!.AsArray();
        var button = blocks[blocks.Count - 1]!["elements"]![0]!;

        Assert.Equal("call.sent", ActionCodec.ReplyActionId((string)button["action_id"]!));
        Assert.Equal("7", ActionCodec.Values((string?)button["value"])["callId"]);
        Assert.Empty(ActionCodec.Values("not json"));
    }

    [Fact]
    public void A_form_as_modal_submits_with_its_primary_action_and_keeps_its_context()
    {
        var view = ModalRenderer.View(SampleReplies.Everything, """{"a":"call.log"}""", "Coach");

        Assert.Equal("modal", (string?)view["type"]);
        Assert.Equal("Save", (string?)view["submit"]!["text"]);
        Assert.True(((string)view["title"]!["text"]!).Length <= 24);
        Assert.Equal("""{"a":"call.log"}""", (string?)view["private_metadata"]);
        Assert.DoesNotContain(view["blocks"]!.AsArray(), b => (string?)b!["type"] == "actions");
    }

    [Fact]
    public void The_home_tab_stacks_replies_within_a_views_limit_with_unique_action_ids()
    {
        var view = HomeViewRenderer.View([SampleReplies.Short, SampleReplies.Short, SampleReplies.Huge, SampleReplies.Huge]);

        var blocks = view["blocks"]!.AsArray();
        Assert.Equal("home", (string?)view["type"]);
        Assert.True(blocks.Count <= BlockKitRenderer.MaxViewBlocks);
        var ids = blocks.Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => (string)e!["action_id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
