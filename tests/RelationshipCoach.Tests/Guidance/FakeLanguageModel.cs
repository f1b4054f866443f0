using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Guidance;

/// <summary>
/// An OpenAI-compatible chat completions endpoint on loopback, speaking the real wire format: it answers every
/// request with advice for the ideas named in the prompt, or stalls, as the test asks.
/// </summary>
public sealed class FakeLanguageModel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeLanguageModel(WebApplication app) => _app = app;

    public string BaseUrl => LoopbackServer.Address(_app) + "/v1";

    public int Requests { get; private set; }

    /// <summary>When set, the model takes this long to answer.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<FakeLanguageModel> StartAsync()
    {
        var app = LoopbackServer.Create();
        var fake = new FakeLanguageModel(app);
        app.MapPost("/v1/chat/completions", fake.Complete);
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult> Complete(HttpRequest request)
    {
        Requests++;
        var body = (await JsonNode.ParseAsync(request.Body))!;
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        var prompt = string.Join("\n", body["messages"]!.AsArray().Select(m => (string?)m!["content"] ?? ""));
        var ideas = prompt.Split('\n').Where(l => l.StartsWith("Idea id: ")).Select(l => l["Idea id: ".Length..].Trim());
        var advice = new JsonObject
        {
            ["ideas"] = new JsonArray(ideas.Select(id => (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["why"] = "MODEL-WRITTEN: this matters for the client right now.",
                ["steps"] = new JsonArray("Call the client today.", "Agree on one fair next step.", "Write it down and send it."),
                ["avoid"] = "Promising what you cannot keep.",
                ["say"] = "Let's find a split that works for both of us.",
            }).ToArray()),
        };
        return Results.Json(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_764_000_000,
            model = (string?)body["model"] ?? "test",
            choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content = advice.ToJsonString() } } },
            usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
