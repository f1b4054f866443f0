using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Tests.Guidance;

public class ModelWrittenGuidanceTests
{
    private const string Situation = "Die Müller GmbH will, dass wir den Pilot allein finanzieren. Morgen habe ich ein Telefonat dazu.";

    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);
    private readonly GuidanceReplyBuilder _offline = new();
    private readonly FakeTimeProvider _clock = new();

    private static SituationAnalysis Analysis() =>
        Analyses.Of(Language.De, (IdeaIds.Reciprocity, 0.7, ["allein"]), (IdeaIds.Equity, 0.5, []));

    private static string Answer(params string[] ids) => JsonSerializer.Serialize(new
    {
        ideas = ids.Select(id => new
        {
            id,
            why = $"Modell: Bei der Müller GmbH geht es um {id}.",
            steps = new[] { "Erster Schritt.", "Zweiter Schritt.", "Dritter Schritt." },
            avoid = "Nicht nachgeben.",
            say = "Wollen wir die Kosten fair aufteilen?",
        }),
    });

    [Fact]
    public async Task The_model_words_the_advice_and_the_buttons_stay()
    {
        var chat = new FakeChatClient(_ => Task.FromResult("```json\n" + Answer(IdeaIds.Reciprocity, IdeaIds.Equity) + "\n```"));
        var guidance = new ModelWrittenGuidance(chat, Budget, _offline, _clock);

        var replies = await guidance.BuildAsync(Situation, Analysis(), Language.De);
        var offline = _offline.Build(Situation, Analysis(), Language.De);

        Assert.Equal(2, replies.Count);
        Assert.Equal("Modell: Bei der Müller GmbH geht es um reciprocity.", replies[0].Blocks[0].Text);
        Assert.Equal("1. Erster Schritt.\n2. Zweiter Schritt.\n3. Dritter Schritt.", replies[0].Blocks[3].Text);
        Assert.Contains(replies[0].Facts, f => f.Value == "„Wollen wir die Kosten fair aufteilen?“");
        Assert.Equal(offline.Select(r => r.Title), replies.Select(r => r.Title));
        Assert.Equal(Buttons(offline), Buttons(replies));
        Assert.Contains(replies[^1].Actions, a => a.Id == GuidanceActions.CallLog);
    }

    [Fact]
    public async Task The_prompt_carries_the_chosen_ideas_knowledge_in_the_reps_language()
    {
        var chat = new FakeChatClient(_ => Task.FromResult(Answer(IdeaIds.Reciprocity, IdeaIds.Equity)));
        var guidance = new ModelWrittenGuidance(chat, Budget, _offline, _clock);

        await guidance.BuildAsync(Situation, Analysis(), Language.De);

        var prompt = string.Join("\n", Assert.Single(chat.Conversations).Select(m => m.Text));
        var reciprocity = KnowledgeBase.Default.Get(IdeaIds.Reciprocity, Language.De);
        Assert.Contains(Situation, prompt);
        Assert.Contains("Müller GmbH", prompt);
        Assert.Contains(reciprocity.Meaning, prompt);
        Assert.Contains(reciprocity.Steps[0], prompt);
        Assert.Contains(KnowledgeBase.Default.Get(IdeaIds.Equity, Language.De).Avoid, prompt);
        Assert.DoesNotContain(KnowledgeBase.Default.Get(IdeaIds.Reciprocity, Language.En).Meaning, prompt);
        Assert.DoesNotContain(KnowledgeBase.Default.Get(IdeaIds.Loyalty, Language.De).Meaning, prompt);
        Assert.Contains("German", prompt);
    }

    [Fact]
    public async Task A_slow_model_falls_back_to_the_offline_reply_when_the_budget_is_spent()
    {
        var chat = new FakeChatClient(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Answer(IdeaIds.Reciprocity, IdeaIds.Equity);
        });

        await AssertFallsBackWhenTheBudgetIsSpent(chat);
    }

    [Fact]
    public async Task A_model_that_ignores_cancellation_still_cannot_hold_up_the_reply()
    {
        var never = new TaskCompletionSource<string>();
        var chat = new FakeChatClient(_ => never.Task);

        await AssertFallsBackWhenTheBudgetIsSpent(chat);
    }

    [Fact]
    public async Task A_failing_model_falls_back_to_the_offline_reply()
    {
        var chat = new FakeChatClient(_ => throw new HttpRequestException("503 Service Unavailable"));

        await AssertFallsBack(chat);
    }

    [Theory]
    [InlineData("Sorry, I cannot help with that.")]
    [InlineData("{\"ideas\": [{\"id\": \"reciprocity\", \"why\": \"x\"")]
    [InlineData("{\"ideas\": []}")]
    public async Task An_unusable_answer_falls_back_to_the_offline_reply(string answer)
    {
        await AssertFallsBack(new FakeChatClient(_ => Task.FromResult(answer)));
    }

    [Fact]
    public async Task An_answer_that_leaves_out_a_chosen_idea_falls_back()
    {
        await AssertFallsBack(new FakeChatClient(_ => Task.FromResult(Answer(IdeaIds.Reciprocity))));
    }

    [Fact]
    public async Task An_unclear_situation_is_not_sent_to_the_model()
    {
        var chat = new FakeChatClient(_ => Task.FromResult(Answer(IdeaIds.Loyalty)));
        var guidance = new ModelWrittenGuidance(chat, Budget, _offline, _clock);

        var replies = await guidance.BuildAsync("hmm", Analyses.Of((IdeaIds.Loyalty, 0.1)), Language.En);

        Assert.Equal(GuidanceKinds.Clarify, Assert.Single(replies).Kind);
        Assert.Empty(chat.Conversations);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_swallowed()
    {
        var chat = new FakeChatClient(async token =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            return "";
        });
        var guidance = new ModelWrittenGuidance(chat, TimeSpan.FromSeconds(5), _offline, _clock);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => guidance.BuildAsync(Situation, Analysis(), Language.De, cancel.Token));
    }

    /// <summary>The model has not answered: the rep waits until the budget is spent, not a moment longer, then gets the offline reply.</summary>
    private async Task AssertFallsBackWhenTheBudgetIsSpent(FakeChatClient chat)
    {
        var guidance = new ModelWrittenGuidance(chat, Budget, _offline, _clock);

        var building = guidance.BuildAsync(Situation, Analysis(), Language.De);
        _clock.Advance(Budget - TimeSpan.FromMilliseconds(1));
        Assert.False(building.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        // A guard against a hang only: the fake clock alone has to end the wait.
        AssertIsOfflineReply(chat, await building.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private async Task AssertFallsBack(FakeChatClient chat) =>
        AssertIsOfflineReply(chat, await new ModelWrittenGuidance(chat, Budget, _offline, _clock).BuildAsync(Situation, Analysis(), Language.De));

    private void AssertIsOfflineReply(FakeChatClient chat, IReadOnlyList<Reply> replies)
    {
        Assert.Single(chat.Conversations);
        var offline = _offline.Build(Situation, Analysis(), Language.De);
        Assert.Equal(offline.Select(r => r.PlainText), replies.Select(r => r.PlainText));
        Assert.Equal(Buttons(offline), Buttons(replies));
    }

    private static List<string> Buttons(IEnumerable<Reply> replies) =>
        replies.SelectMany(r => r.Actions)
            .Select(a => a.Id + " " + string.Join("&", a.Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}")))
            .ToList();
}
