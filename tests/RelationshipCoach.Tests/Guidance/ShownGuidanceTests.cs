using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Data;
using RelationshipCoach.Data.Sqlite;
using RelationshipCoach.Data.Stores;
using RelationshipCoach.Guidance;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Guidance;

/// <summary>
/// The ideas a guidance reply showed are written for the digest after the reply, not before it: guidance answers
/// while SQLite's writers are busy, and what it showed reaches the database once they are free, or at the latest
/// when the service stops.
/// </summary>
public sealed class ShownGuidanceTests
{
    private const string Unwritten = "The ideas shown did not reach the database.";
    private const string Situation = "The client keeps asking for extra work outside the contract and I don't want to lose them";

    [Fact]
    public async Task Guidance_answers_while_the_writers_are_busy_and_its_ideas_are_written_once_they_are_free()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        var first = await playground.SayAsync("tester1", Situation, locale: "en");
        Assert.True(IdeasIn(first) > 0, "The guidance showed no idea.");
        await Eventually.TrueAsync(async () => await ShownAsync(host) == IdeasIn(first), Unwritten);

        var writers = SqliteWriters.For(ConnectionString(host));
        await writers.WaitAsync(default);
        int expected;
        try
        {
            var replies = new List<JsonArray>();
            for (var i = 0; i < 5; i++) replies.Add(await playground.SayAsync("tester1", Situation, locale: "en").WaitAsync(TimeSpan.FromSeconds(10)));
            expected = IdeasIn(first) + replies.Sum(IdeasIn);
            Assert.Equal(IdeasIn(first), await ShownAsync(host));
        }
        finally
        {
            writers.Release();
        }

        await Eventually.TrueAsync(async () => await ShownAsync(host) == expected, Unwritten);
    }

    [Fact]
    public async Task A_stop_writes_the_ideas_still_waiting()
    {
        var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());
        var first = await playground.SayAsync("tester1", Situation, locale: "en");
        await Eventually.TrueAsync(async () => await ShownAsync(host) == IdeasIn(first), "The first reply's ideas were not written.");

        var writer = host.Services.GetRequiredService<ShownGuidanceWriter>();
        var writers = SqliteWriters.For(ConnectionString(host));
        await writers.WaitAsync(default);
        var expected = IdeasIn(first);
        Task stopped;
        try
        {
            // The first reply's ideas are taken into a batch that waits for the writers; the next ones wait behind it.
            for (var i = 0; i < 3; i++) expected += IdeasIn(await playground.SayAsync("tester1", Situation, locale: "en"));
            stopped = host.DisposeAsync().AsTask();
            // Released only once the stop has reached the writer (its queue is closed), so that the stop has to see the batches through.
            await Eventually.TrueAsync(() => Task.FromResult(!writer.TryAdd(new ShownGuidance(0, [], Instant.MinValue))), "The stop did not reach the writer.");
        }
        finally
        {
            writers.Release();
        }
        await stopped.WaitAsync(TimeSpan.FromSeconds(60));

        await using var restarted = CoachFactory.With(new Dictionary<string, string?>(), host.Folder);
        Assert.Equal(expected, await ShownAsync(restarted));
    }

    private static int IdeasIn(JsonArray replies) =>
        replies.SelectMany(r => r!["actions"]!.AsArray()).Count(a => (string)a!["id"]! == GuidanceActions.More);

    private static string ConnectionString(CoachFactory host)
    {
        using var scope = host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CoachDbContext>().Database.GetConnectionString()!;
    }

    private static async Task<int> ShownAsync(CoachFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoachDbContext>().GuidanceEvents.CountAsync(e => e.Kind == GuidanceLog.Shown);
    }
}
