using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Teams.Cards;

namespace RelationshipCoach.Teams.Tests;

public sealed class AdaptiveCardRendererTests
{
    private static readonly Reply EverythingReply = new()
    {
        Kind = "sample",
        Title = "Everything a reply can hold",
        Blocks =
        [
            new TextBlock("A heading", TextStyle.Heading),
            new TextBlock("Normal text"),
            new TextBlock("Quiet text", TextStyle.Subtle),
            new TextBlock("code  aligned", TextStyle.Preformatted),
        ],
        Facts = [new Fact("Client", "Acme"), new Fact("Phase", "Pilot")],
        Image = new ReplyImage("https://example.com/chart.png", "Calls per week"),
        Inputs =
        [
            new ReplyInput("client", "Client") { Required = true, Placeholder = "Acme", Error = "Which client?" },
            new ReplyInput("notes", "Notes", InputKind.MultilineText) { Value = "first line" },
            new ReplyInput("day", "Day", InputKind.Date) { Value = "2026-11-27", Placeholder = "ignored" },
            new ReplyInput("at", "Time", InputKind.Time) { Value = "09:30" },
            new ReplyInput("language", "Language", InputKind.Choice) { Value = "de", Choices = [new Choice("en", "English"), new Choice("de", "German")] },
            new ReplyInput("empty", "Nothing to choose", InputKind.Choice),
        ],
        Actions = Enumerable.Range(1, 8).Select(i => new ReplyAction($"action.{i}", $"Button {i}", i == 1 ? ActionStyle.Primary : i == 2 ? ActionStyle.Danger : ActionStyle.Default).With("n", i.ToString())).ToList(),
    };

    [Fact]
    public void Every_field_of_a_reply_becomes_an_adaptive_card_1_5_element()
    {
        var card = AdaptiveCardRenderer.Render(EverythingReply);
        var body = card["body"]!.AsArray().Select(e => e!.AsObject()).ToList();

        Assert.Equal("1.5", (string)card["version"]!);
        Assert.All(body.Where(e => (string)e["type"]! == "TextBlock"), t => Assert.True((bool)t["wrap"]!));
        Assert.Equal("Bolder", (string)body[1]["weight"]!);
        Assert.True((bool)body[3]["isSubtle"]!);
        Assert.Equal("Monospace", (string)body[4]["fontType"]!);
        Assert.Equal("Acme", (string)body.Single(e => (string)e["type"]! == "FactSet")["facts"]![0]!["value"]!);
        Assert.Equal("Calls per week", (string)body.Single(e => (string)e["type"]! == "Image")["altText"]!);

        var client = Input(body, "client");
        Assert.Equal(("Input.Text", "Client", true, "Which client?"), ((string)client["type"]!, (string)client["label"]!, (bool)client["isRequired"]!, (string)client["errorMessage"]!));
        Assert.True((bool)Input(body, "notes")["isMultiline"]!);
        Assert.Equal("Input.Date", (string)Input(body, "day")["type"]!);
        Assert.Null(Input(body, "day")["placeholder"]);
        Assert.Equal("Input.Time", (string)Input(body, "at")["type"]!);
        Assert.Equal("German", (string)Input(body, "language")["choices"]![1]!["title"]!);
        Assert.Equal("Input.Text", (string)Input(body, "empty")["type"]!);
        Assert.Contains(body, e => (string?)e["text"] == "Which client?" && (string?)e["color"] == "Attention");
    }

    [Fact]
    public void Buttons_are_action_execute_with_the_action_id_as_verb_and_at_most_six_in_the_action_bar()
    {
        var card = AdaptiveCardRenderer.Render(EverythingReply);

        var top = card["actions"]!.AsArray();
        Assert.Equal(6, top.Count);
        Assert.Equal(("Action.Execute", "action.1", "1", "positive"), ((string)top[0]!["type"]!, (string)top[0]!["verb"]!, (string)top[0]!["data"]!["n"]!, (string)top[0]!["style"]!));
        Assert.Equal("destructive", (string)top[1]!["style"]!);
        Assert.Null(top[2]!["style"]);
        var overflow = card["body"]!.AsArray().Single(e => (string)e!["type"]! == "ActionSet")!["actions"]!.AsArray();
        Assert.Equal(["action.7", "action.8"], overflow.Select(a => (string)a!["verb"]!));
    }

    [Fact]
    public void A_card_too_large_for_teams_is_shortened_in_its_long_texts_only()
    {
        var huge = new string('x', 60_000);
        var reply = EverythingReply with { Blocks = [new TextBlock("Short intro"), new TextBlock(huge)], Facts = [new Fact("Notes", huge)] };

        var card = AdaptiveCardRenderer.Render(reply);

        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCardRenderer.MaxCardBytes);
        var texts = card["body"]!.AsArray().Where(e => (string)e!["type"]! == "TextBlock").Select(e => (string)e!["text"]!).ToList();
        Assert.Contains("Short intro", texts);
        Assert.Contains(texts, t => t.StartsWith("xxx") && t.EndsWith('…'));
        Assert.Equal(8, card["actions"]!.AsArray().Count + card["body"]!.AsArray().Where(e => (string)e!["type"]! == "ActionSet").Sum(s => s!["actions"]!.AsArray().Count));
    }

    [Fact]
    public void The_sample_of_everything_is_written_for_the_adaptive_cards_validator()
    {
        var folder = CardFolder();
        File.WriteAllText(Path.Combine(folder, "renderer-everything.json"), AdaptiveCardRenderer.Render(EverythingReply).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllText(Path.Combine(folder, "renderer-minimal.json"), AdaptiveCardRenderer.Render(new Reply { Blocks = [new TextBlock("Only text")] }).ToJsonString());

        Assert.True(File.Exists(Path.Combine(folder, "renderer-everything.json")));
    }

    private static JsonObject Input(List<JsonObject> body, string id) => body.Single(e => (string?)e["id"] == id);

    /// <summary>artifacts/teams-cards at the repository root, or TEAMS_CARDS_OUT.</summary>
    private static string CardFolder()
    {
        var folder = Environment.GetEnvironmentVariable("TEAMS_CARDS_OUT");
        if (string.IsNullOrEmpty(folder))
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "RelationshipCoach.sln"))) root = root.Parent;
            folder = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", "teams-cards");
        }
        Directory.CreateDirectory(folder);
        return folder;
    }
}
