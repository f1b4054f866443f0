using System.Globalization;
using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Slack.Rendering;

/// <summary>Turns a Reply into Block Kit blocks within Slack's limits; every Reply field has its block.</summary>
public static class BlockKitRenderer
{
    public const int MaxMessageBlocks = 50;
    public const int MaxViewBlocks = 100;
    public const int MaxSectionText = 3000;
    public const int MaxHeaderText = 150;
    public const int MaxButtonText = 75;
    public const int MaxButtonsPerBlock = 25;
    public const int MaxFieldsPerSection = 10;
    public const int MaxFieldText = 2000;
    public const int MaxOptions = 100;
    public const int MaxFallbackText = 3000;

    /// <summary>A message body: blocks plus the plain text Slack shows in notifications.</summary>
    public static JsonObject Message(Reply reply) => new()
    {
        ["text"] = SlackText.Cut(SlackText.NotEmpty(SlackText.Escape(reply.PlainText)), MaxFallbackText),
        ["blocks"] = Blocks(reply, MaxMessageBlocks),
    };

    /// <param name="firstActionIndex">Where button numbering starts, so that action_ids stay unique when several replies share one view.</param>
    public static JsonArray Blocks(Reply reply, int maxBlocks, bool withTitle = true, bool withActions = true, int firstActionIndex = 0)
    {
        var content = new List<JsonObject>();
        if (withTitle && !string.IsNullOrWhiteSpace(reply.Title)) content.Add(Header(reply.Title));
        foreach (var block in reply.Blocks) content.AddRange(Text(block));
        foreach (var fields in reply.Facts.Chunk(MaxFieldsPerSection)) content.Add(Facts(fields));
        foreach (var input in reply.Inputs) content.AddRange(Input(input));
        if (reply.Image is { } image) content.Add(Image(image));
        var actions = withActions ? Actions(reply.Actions, firstActionIndex).ToList() : [];
        return new JsonArray([.. Fit(content, actions, maxBlocks)]);
    }

    /// <summary>Too many blocks: keep the start, say that something was left out, and keep the buttons.</summary>
    private static IEnumerable<JsonObject> Fit(List<JsonObject> content, List<JsonObject> actions, int max)
    {
        if (content.Count + actions.Count <= max) return [.. content, .. actions];
        var keep = Math.Max(0, max - 1 - actions.Count);
        return [.. content.Take(keep), Context("…"), .. actions.Take(max - keep - 1)];
    }

    public static JsonObject Header(string text) => new() { ["type"] = "header", ["text"] = SlackText.Plain(text, MaxHeaderText) };

    private static IEnumerable<JsonObject> Text(TextBlock block)
    {
        var escaped = SlackText.Escape(block.Text);
        return block.Style switch
        {
            TextStyle.Heading => [Section($"*{SlackText.Cut(escaped, MaxSectionText - 2)}*")],
            TextStyle.Subtle => SlackText.Pieces(escaped, MaxSectionText).Select(Context),
            TextStyle.Preformatted => SlackText.Pieces(escaped, MaxSectionText - 6).Select(p => Section($"```{p}```")),
            _ => SlackText.Pieces(escaped, MaxSectionText).Select(Section),
        };
    }

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = SlackText.Markdown(SlackText.NotEmpty(mrkdwn)) };

    private static JsonObject Context(string mrkdwn) =>
        new() { ["type"] = "context", ["elements"] = new JsonArray(SlackText.Markdown(SlackText.NotEmpty(mrkdwn))) };

    private static JsonObject Facts(IEnumerable<Fact> facts) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. facts.Select(f =>
            SlackText.Markdown(SlackText.Cut($"*{SlackText.Escape(f.Label)}*\n{SlackText.Escape(f.Value)}", MaxFieldText)))]),
    };

    /// <summary>An input block whose block_id and action_id are the input's id, so its value comes back under that id.</summary>
    private static IEnumerable<JsonObject> Input(ReplyInput input)
    {
        yield return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = input.Id,
            ["optional"] = !input.Required,
            ["label"] = SlackText.Plain(input.Label, 2000),
            ["element"] = Element(input),
        };
        if (!string.IsNullOrWhiteSpace(input.Error)) yield return Context("⚠️ " + SlackText.Escape(input.Error));
    }

    private static JsonObject Element(ReplyInput input)
    {
        var element = new JsonObject { ["action_id"] = input.Id };
        switch (input.Kind)
        {
            case InputKind.Date:
                element["type"] = "datepicker";
                if (DateOnly.TryParseExact(input.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) element["initial_date"] = input.Value;
                break;
            case InputKind.Time:
                element["type"] = "timepicker";
                if (TimeOnly.TryParseExact(input.Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) element["initial_time"] = input.Value;
                break;
            case InputKind.Choice when input.Choices.Count > 0:
                element["type"] = "static_select";
                var options = input.Choices.Take(MaxOptions).Select(Option).ToList();
                element["options"] = new JsonArray([.. options]);
                var initial = input.Choices.Take(MaxOptions).ToList().FindIndex(c => c.Value == input.Value);
                if (initial >= 0) element["initial_option"] = options[initial].DeepClone();
                break;
            default:
                element["type"] = "plain_text_input";
                if (input.Kind == InputKind.MultilineText) element["multiline"] = true;
                if (!string.IsNullOrEmpty(input.Value)) element["initial_value"] = SlackText.Cut(input.Value, 3000);
                break;
        }
        if (!string.IsNullOrWhiteSpace(input.Placeholder) && input.Kind != InputKind.Time) element["placeholder"] = SlackText.Plain(input.Placeholder, 150);
        return element;
    }

    private static JsonObject Option(Choice choice) => new() { ["text"] = SlackText.Plain(choice.Label, 75), ["value"] = SlackText.Cut(choice.Value, 150) };

    private static JsonObject Image(ReplyImage image) => new()
    {
        ["type"] = "image",
        ["image_url"] = image.Url,
        ["alt_text"] = SlackText.Cut(SlackText.NotEmpty(image.AltText), 2000),
    };

    private static IEnumerable<JsonObject> Actions(IReadOnlyList<ReplyAction> actions, int firstIndex) =>
        actions.Select((action, index) => Button(action, firstIndex + index))
            .Chunk(MaxButtonsPerBlock)
            .Select(buttons => new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. buttons]) });

    private static JsonObject Button(ReplyAction action, int index)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = ActionCodec.ActionId(action.Id, index),
            ["text"] = SlackText.Plain(action.Label, MaxButtonText),
        };
        if (ActionCodec.Value(action.Values) is { } value) button["value"] = value;
        if (action.Style != ActionStyle.Default) button["style"] = action.Style == ActionStyle.Primary ? "primary" : "danger";
        return button;
    }
}
