using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Guidance;

/// <summary>Guidance:Provider=OpenAI against a local OpenAI-compatible endpoint: the model's words when it answers, the offline words when it does not.</summary>
public sealed class ModelWrittenGuidanceTests
{
    private const string Situation = "The client wants us to pay for the whole pilot while they put in nothing";

    private static CoachFactory Host(FakeLanguageModel model, string timeout = "00:00:02.5") => CoachFactory.With(new Dictionary<string, string?>
    {
        ["Guidance:Provider"] = "OpenAI",
        ["Guidance:Endpoint"] = model.BaseUrl,
        ["Guidance:Model"] = "test-model",
        ["Guidance:ApiKey"] = "test-key",
        ["Guidance:Timeout"] = timeout,
    });

    [Fact]
    public async Task The_model_writes_the_advice_and_the_buttons_stay()
    {
        await using var model = await FakeLanguageModel.StartAsync();
        await using var host = Host(model);
        var replies = await new PlaygroundClient(host.CreateClient()).SayAsync("tester1", Situation, locale: "en");

        Assert.True(model.Requests > 0);
        Assert.Contains("MODEL-WRITTEN", (string)replies[0]!["plainText"]!);
        Assert.Contains(replies[0]!["actions"]!.AsArray(), a => (string)a!["id"]! == "guidance.feedback");
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_gives_way_to_the_offline_guidance()
    {
        await using var model = await FakeLanguageModel.StartAsync();
        model.Delay = TimeSpan.FromSeconds(10);
        await using var host = Host(model, timeout: "00:00:01");
        var replies = await new PlaygroundClient(host.CreateClient()).SayAsync("tester2", Situation, locale: "en");

        Assert.Equal("guidance", (string)replies[0]!["kind"]!);
        Assert.DoesNotContain("MODEL-WRITTEN", (string)replies[0]!["plainText"]!);
    }
}
