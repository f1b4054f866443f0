using System.Text;
using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Teams.Activities;

namespace RelationshipCoach.Teams.Cards;

/// <summary>
/// Turns a Reply into an Adaptive Card 1.5, the newest version Teams renders for bots. Buttons are Action.Execute
/// (Universal Actions): the click comes back as an invoke whose answer can replace the card in place, for everyone
/// in the chat, on every current Teams client and in Outlook; Action.Submit could only post a new message.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";
    /// <summary>Teams' host config shows at most six buttons in a row; more go into action sets in the body.</summary>
    public const int MaxTopLevelActions = 6;
    /// <summary>Teams accepts larger bot messages, but 28 KB keeps a card valid for every Teams surface, including connectors.</summary>
    public const int MaxCardBytes = 28 * 1024;
    /// <summary>Truncation stops here: a text this short is never what makes a card too large.</summary>
    private const int ShortestTruncatedText = 200;
    private const string Ellipsis = "…";

    public static Attachment Attachment(Reply reply) => new() { ContentType = ContentType, Content = Render(reply) };

    public static JsonObject Render(Reply reply)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(reply.Title))
            body.Add(Text(reply.Title, new JsonObject { ["size"] = "Medium", ["weight"] = "Bolder" }));
        foreach (var block in reply.Blocks) body.Add(Text(block.Text, Style(block.Style)));
        if (reply.Facts.Count > 0)
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray(reply.Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Label, ["value"] = f.Value }).ToArray()),
            });
        if (reply.Image is { } image)
            body.Add(new JsonObject { ["type"] = "Image", ["url"] = image.Url, ["altText"] = image.AltText });
        foreach (var input in reply.Inputs)
        {
            body.Add(Input(input));
            if (input.Error is { } error && reply.Blocks.All(b => b.Text != error))
                body.Add(Text(error, new JsonObject { ["color"] = "Attention", ["size"] = "Small" }));
        }

        var actions = reply.Actions.Select(Action).ToList();
        foreach (var overflow in actions.Skip(MaxTopLevelActions).Chunk(MaxTopLevelActions))
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(overflow) });

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0) card["actions"] = new JsonArray(actions.Take(MaxTopLevelActions).ToArray());
        return FitToSize(card);
    }

    private static JsonObject Text(string text, JsonObject style)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (key, value) in style) block[key] = value?.DeepClone();
        return block;
    }

    private static JsonObject Style(TextStyle style) => style switch
    {
        TextStyle.Heading => new JsonObject { ["size"] = "Medium", ["weight"] = "Bolder" },
        TextStyle.Subtle => new JsonObject { ["isSubtle"] = true },
        TextStyle.Preformatted => new JsonObject { ["fontType"] = "Monospace" },
        _ => [],
    };

    private static JsonObject Input(ReplyInput input)
    {
        var kind = input.Kind == InputKind.Choice && input.Choices.Count == 0 ? InputKind.Text : input.Kind;
        var node = new JsonObject
        {
            ["type"] = kind switch
            {
                InputKind.Date => "Input.Date",
                InputKind.Time => "Input.Time",
                InputKind.Choice => "Input.ChoiceSet",
                _ => "Input.Text",
            },
            ["id"] = input.Id,
            ["label"] = input.Label,
        };
        if (input.Required) node["isRequired"] = true;
        // Teams shows errorMessage when its own required check fails; the coach's reason wins, else the field's name says what is missing.
        if (input.Required || input.Error is not null) node["errorMessage"] = input.Error ?? input.Label;
        if (input.Value is { } value) node["value"] = value;
        if (input.Placeholder is { } placeholder && kind is not (InputKind.Date or InputKind.Time)) node["placeholder"] = placeholder;
        if (kind == InputKind.MultilineText) node["isMultiline"] = true;
        if (kind == InputKind.Choice)
        {
            node["style"] = "compact";
            node["choices"] = new JsonArray(input.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Label, ["value"] = c.Value }).ToArray());
        }
        return node;
    }

    private static JsonNode Action(ReplyAction action)
    {
        var data = new JsonObject();
        foreach (var (key, value) in action.Values) data[key] = value;
        var node = new JsonObject { ["type"] = "Action.Execute", ["title"] = action.Label, ["verb"] = action.Id, ["data"] = data };
        if (action.Style != ActionStyle.Default) node["style"] = action.Style == ActionStyle.Primary ? "positive" : "destructive";
        return node;
    }

    /// <summary>Shortens the longest texts, a half at a time, until the card fits; short texts are never touched.</summary>
    private static JsonObject FitToSize(JsonObject card)
    {
        while (Encoding.UTF8.GetByteCount(card.ToJsonString()) > MaxCardBytes)
        {
            var longest = Texts(card).Where(t => t.Text.Length > ShortestTruncatedText).MaxBy(t => t.Text.Length);
            if (longest.Owner is null) break;
            longest.Owner[longest.Key] = longest.Text[..(longest.Text.Length / 2)].TrimEnd() + Ellipsis;
        }
        return card;
    }

    /// <summary>The texts that may be shortened: text blocks and fact values, never ids, inputs or action data.</summary>
    private static IEnumerable<(JsonObject Owner, string Key, string Text)> Texts(JsonObject card)
    {
        foreach (var element in card["body"]!.AsArray().OfType<JsonObject>())
        {
            if ((string?)element["type"] == "TextBlock") yield return (element, "text", (string)element["text"]!);
            if ((string?)element["type"] == "FactSet")
                foreach (var fact in element["facts"]!.AsArray().OfType<JsonObject>())
                    yield return (fact, "value", (string)fact["value"]!);
        }
    }
}
