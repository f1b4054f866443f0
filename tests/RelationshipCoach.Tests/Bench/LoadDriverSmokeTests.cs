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
        Assert.All(["slack.event", "slack.command.guidance", "slack.command.call", "slack.command.items", "slack.click", "teams.message", "teams.click",
            "playground.message.guidance", "playground.message.call", "playground.click"],
            kind => Assert.True(result.RequestsByKind.GetValueOrDefault(kind) > 0, $"no {kind} was sent"));
        Assert.True(result.SlackApiCalls > 0 && result.ConnectorCalls > 0, "the background replies never reached the fakes");
    }

    [Fact]
    public async Task An_open_loop_run_sends_on_its_schedule_and_reports_its_rate()
    {
        var options = BenchOptions.Parse(["--requests", "200", "--warmup", "0", "--rate", "200", "--concurrency", "16", "--mix", "events:50,playground:50"]);

        var result = await LoadBenchmark.RunAsync(options, TextWriter.Null);

        Assert.Equal(200, result.Requests);
        Assert.Empty(result.ErrorsByKind);
        Assert.Equal(200, result.Rate);
        // The last of 200 requests at 200 a second is not due before 199 ÷ 200 s: the schedule, not a speed.
        Assert.True(result.Seconds >= 0.99, $"200 requests at 200/s took only {result.Seconds} s");
        Assert.Contains("open loop at 200 requests/s", result.Table());
    }
}
