using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Postgres;

/// <summary>The service started while its PostgreSQL server is down: one clear line, unhealthy meanwhile, and it recovers by itself.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseUnreachableTests
{
    [PostgresFact]
    public async Task The_service_says_once_what_is_wrong_stays_up_unhealthy_and_recovers_when_the_database_comes_back()
    {
        await using var server = new PostgresServer();
        await server.InitAsync();
        await using var coach = await CoachProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Coach"] = server.ConnectionString("postgres"),
        }, waitUntilHealthy: false);

        var health = await coach.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var checks = (await health.Content.ReadFromJsonAsync<JsonObject>())!["checks"]!;
        Assert.Equal("Unhealthy", (string)checks["database"]!["status"]!);
        Assert.Contains("Not ready", (string)checks["database"]!["detail"]!);
        var refused = await coach.Http.PostAsJsonAsync("/api/playground/messages", new { user = "rep1", text = "help" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);

        var errors = coach.Lines.Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains("Cannot open the PostgreSQL database 'postgres' on 127.0.0.1", error);
        Assert.Contains("ConnectionStrings:Coach", error);
        Assert.DoesNotContain(coach.Lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));

        await server.StartAsync();
        // The retry pauses grow to 30s; by then it has tried a few times, so a minute is a generous bound.
        await coach.WaitUntilListeningAsync(requireHealthy: true, within: TimeSpan.FromSeconds(60));
        var replies = await new PlaygroundClient(coach.Http).SayAsync("rep1", "help", locale: "en");
        Assert.NotEmpty(replies);
        Assert.Contains(coach.Lines, l => l.Contains("answers now and is migrated", StringComparison.Ordinal));
    }
}
