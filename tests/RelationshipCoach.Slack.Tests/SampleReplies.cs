using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Slack.Tests;

/// <summary>Replies that use every field, at and beyond Slack's limits, for the renderer tests and the Block Kit type check.</summary>
public static class SampleReplies
{
    public static Reply Everything => new()
    {
        Kind = "sample",
        Title = "A <title> & more " + new string('t', 200),
        Blocks =
        [
            new TextBlock("Normal text with <@U123> & <!channel> that must stay text."),
            new TextBlock("A heading", TextStyle.Heading),
            new TextBlock("Subtle note", TextStyle.Subtle),
            new TextBlock("code\n  block", TextStyle.Preformatted),
            new TextBlock(string.Join("\n", Enumerable.Repeat("A long line of text & symbols < >", 200))),
        ],
        Facts = [.. Enumerable.Range(1, 23).Select(i => new Fact($"Label {i}", i == 1 ? new string('v', 3000) : $"Value {i}"))],
        Inputs =
        [
            new ReplyInput("client", "Client") { Required = true, Placeholder = "Acme", Error = "Which client?" },
            new ReplyInput("notes", "Notes", InputKind.MultilineText) { Value = "some notes" },
            new ReplyInput("day", "Day", InputKind.Date) { Value = "2026-11-23" },
            new ReplyInput("at", "At", InputKind.Time) { Value = "14:05" },
            new ReplyInput("language", "Language", InputKind.Choice)
            {
                Value = "de",
                Choices = [new Choice("en", "English"), new Choice("de", "Deutsch"), new Choice("x", new string('c', 100))],
            },
            new ReplyInput("empty", "A choice without choices", InputKind.Choice),
        ],
        Actions =
        [
            .. Enumerable.Range(1, 30).Select(i => new ReplyAction("call.sent", "Sent " + new string('s', i == 1 ? 100 : 3)).With("callId", i.ToString())),
            new ReplyAction("call.log", "Save", ActionStyle.Primary),
            new ReplyAction("delete", "Delete", ActionStyle.Danger),
        ],
        Image = new ReplyImage("https://example.com/chart.png", "A chart"),
    };

    public static Reply Short => new()
    {
        Kind = "call.logged",
        Blocks = [new TextBlock("Logged your call with Acme about pricing.")],
        Actions = [new ReplyAction("call.sent", "Confirmation sent", ActionStyle.Primary).With("callId", "7"), new ReplyAction("open-items", "My open items")],
    };

    public static Reply Huge => new()
    {
        Kind = "huge",
        Title = "Many",
        Blocks = [.. Enumerable.Range(1, 120).Select(i => new TextBlock($"Paragraph {i}"))],
        Actions = [new ReplyAction("help", "Help")],
    };
}
