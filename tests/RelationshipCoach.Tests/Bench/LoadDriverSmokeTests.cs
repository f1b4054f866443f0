using RelationshipCoach.Bench.Load;
using RelationshipCoach.Bench.Load.Load;

namespace RelationshipCoach.Tests.Bench;

/// <summary>The load benchmark's whole path (fakes, child host, signed Slack, Teams tokens, playground) on a few hundred requests; no timing is asserted.</summary>
public sealed class LoadDriverSmokeTests
{
    [Fact]
    public async Task A_few_hundred_mixed_requests_through_the_load_driver_all_succeed()
    {
        var result = await LoadBenchmark.RunAsync(new BenchOptions { Requests = 300, Warmup = 0, Concurrency = 8 }, TextWriter.Null);

        Assert.Equal(300, result.Requests);
        Assert.Empty(result.ErrorsByKind);
        Assert.All(["slack.event", "slack.command", "slack.click", "teams.message", "teams.click", "playground.message", "playground.click"],
            kind => Assert.True(result.RequestsByKind.GetValueOrDefault(kind) > 0, $"no {kind} was sent"));
        Assert.True(result.SlackApiCalls > 0 && result.ConnectorCalls > 0, "the background replies never reached the fakes");
    }
}
