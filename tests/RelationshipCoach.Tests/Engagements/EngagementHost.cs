using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Engagements;

/// <summary>Helpers for engagement tests on the playground API.</summary>
public static class EngagementHost
{
    public const string Zone = "Europe/Berlin";

    public static async Task<JsonNode> StartAsync(PlaygroundClient playground, string user, string oneLiner, string locale)
    {
        var replies = await playground.SayAsync(user, oneLiner, locale, Zone);
        var plan = replies.Single()!;
        Assert.True((string)plan["kind"]! == "engagement.plan", plan.ToJsonString());
        return plan;
    }

    public static string Preformatted(JsonNode reply) =>
        (string)reply["blocks"]!.AsArray().Single(b => (string)b!["style"]! == "preformatted")!["text"]!;

    public static string Text(JsonArray replies) => string.Join("\n", replies.Select(r => (string)r!["plainText"]!));

    public static async Task<JsonNode> WaitForAsync(PlaygroundClient playground, string user, string kind)
    {
        // Polls like the page does; the bound is generous because CI machines are busy, not a timing assertion.
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var feed = await playground.FeedAsync(user);
            var reply = feed["items"]!.AsArray().Select(i => i!["reply"]!).FirstOrDefault(r => (string)r["kind"]! == kind);
            if (reply is not null) return reply;
            await Task.Delay(500);
        }
        throw new TimeoutException($"No {kind} reached {user}'s feed within 30 seconds.");
    }
}
