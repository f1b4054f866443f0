using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>Talks to the playground API as the page does, and returns the replies as JSON to assert on.</summary>
public sealed class PlaygroundClient(HttpClient http)
{
    public async Task<JsonArray> SayAsync(string user, string text, string? locale = null, string? timeZone = null)
    {
        var response = await http.PostAsJsonAsync("/api/playground/messages", new { user, text, action = (object?)null, locale, timeZone });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray();
    }

    public async Task<JsonArray> ClickAsync(string user, JsonNode action, IDictionary<string, string>? inputs = null, string? locale = null)
    {
        var values = action["values"]?.Deserialize<Dictionary<string, string>>() ?? [];
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>()) values[key] = value;
        var response = await http.PostAsJsonAsync("/api/playground/messages",
            new { user, text = "", action = new { id = (string)action["id"]!, values }, locale });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray();
    }

    public async Task<JsonObject> FeedAsync(string user, long after = 0)
    {
        var response = await http.GetAsync($"/api/playground/feed?user={user}&after={after}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static JsonNode Action(JsonNode reply, string id) =>
        reply["actions"]!.AsArray().First(a => (string)a!["id"]! == id)!;
}
