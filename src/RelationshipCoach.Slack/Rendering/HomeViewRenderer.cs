using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Slack.Rendering;

/// <summary>The App Home tab: the given replies one under the other, divided, within a view's 100 blocks.</summary>
public static class HomeViewRenderer
{
    public static JsonObject View(IReadOnlyList<Reply> replies)
    {
        var blocks = new List<JsonNode>();
        var buttons = 0;
        foreach (var reply in replies)
        {
            if (blocks.Count > 0) blocks.Add(new JsonObject { ["type"] = "divider" });
            var room = BlockKitRenderer.MaxViewBlocks - blocks.Count;
            if (room <= 0) break;
            blocks.AddRange(BlockKitRenderer.Blocks(reply, Math.Min(room, BlockKitRenderer.MaxMessageBlocks), firstActionIndex: buttons).Select(b => b!.DeepClone()));
            buttons += reply.Actions.Count;
        }
        return new JsonObject { ["type"] = "home", ["blocks"] = new JsonArray([.. blocks]) };
    }
}
