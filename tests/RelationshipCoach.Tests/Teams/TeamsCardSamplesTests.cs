using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationshipCoach.Tests.Teams;

/// <summary>
/// Collects every card the bot sends today, taken off the wire of the fake connector, into artifacts/teams-cards/ so that
/// CI can run the real Adaptive Cards parser over them (validate-card.mjs --strict).
/// </summary>
public sealed class TeamsCardSamplesTests(TeamsBot bot) : IClassFixture<TeamsBot>
{
    [Fact]
    public async Task Every_kind_of_card_is_written_for_the_adaptive_cards_validator()
    {
        var cards = new Dictionary<string, JsonObject>
        {
            ["help"] = (await bot.SayAsync("samples", "help")).Card,
            ["call-form"] = (await bot.SayAsync("samples", "call")).Card,
        };
        var logged = await bot.SayAsync("samples", "call Acme pricing");
        cards["call-logged"] = logged.Card;
        cards["open-items"] = (await bot.SayAsync("samples", "my open items")).Card;
        cards["settings"] = (await bot.SayAsync("samples", "settings")).Card;
        cards["unknown"] = (await bot.SayAsync("samples", "what is the weather")).Card;
        var sent = await bot.PostAsync(bot.Activities.Execute("samples", TeamsBot.Action(logged.Card, "call.sent")));
        cards["call-sent"] = (await sent.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject();

        var folder = CardFolder();
        foreach (var (name, card) in cards)
            await File.WriteAllTextAsync(Path.Combine(folder, $"teams-{name}.json"), card.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        Assert.All(cards.Values, card => Assert.Equal("AdaptiveCard", (string)card["type"]!));
        Assert.Contains(cards["open-items"]["body"]!.AsArray(), b => b!.ToJsonString().Contains("Acme"));
    }

    /// <summary>artifacts/teams-cards at the repository root, or TEAMS_CARDS_OUT.</summary>
    public static string CardFolder()
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
