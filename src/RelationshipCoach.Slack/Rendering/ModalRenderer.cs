using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Slack.Rendering;

/// <summary>A Reply with inputs as a modal: its first primary action (else its first) becomes the submit button.</summary>
public static class ModalRenderer
{
    public const string CallbackId = "coach.form";
    public const int MaxTitle = 24;
    public const int MaxMetadata = 3000;

    public static ReplyAction? SubmitAction(Reply reply) =>
        reply.Actions.FirstOrDefault(a => a.Style == ActionStyle.Primary) ?? reply.Actions.FirstOrDefault();

    public static JsonObject View(Reply reply, string privateMetadata, string fallbackTitle)
    {
        var title = reply.Title ?? fallbackTitle;
        var view = new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = SlackText.Plain(title, MaxTitle),
            ["blocks"] = BlockKitRenderer.Blocks(reply, BlockKitRenderer.MaxViewBlocks, withTitle: title.Length > MaxTitle, withActions: false),
            ["private_metadata"] = privateMetadata.Length <= MaxMetadata
                ? privateMetadata
                : throw new InvalidOperationException($"A modal's private metadata is {privateMetadata.Length} characters; Slack keeps at most {MaxMetadata}."),
        };
        if (SubmitAction(reply) is { } submit) view["submit"] = SlackText.Plain(submit.Label, MaxTitle);
        return view;
    }
}
