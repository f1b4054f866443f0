using Microsoft.Extensions.AI;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// Guidance worded by a language model (configuration Guidance:Provider=OpenAI), grounded in the knowledge base and the
/// classifier's ranking. Same replies and buttons as the offline guidance, which it falls back to on a timeout or any error.
/// </summary>
public sealed class ModelWrittenGuidance(IChatClient chat, TimeSpan budget, GuidanceReplyBuilder offline, KnowledgeBase knowledge, TimeProvider clock)
    : IGuidanceWriter
{
    /// <summary>
    /// The model's share of the three seconds a rep should wait at most: the analysis, the offline fallback and sending
    /// the reply need the rest.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2.5);

    public ModelWrittenGuidance(IChatClient chat, TimeSpan budget, GuidanceReplyBuilder offline, TimeProvider clock)
        : this(chat, budget, offline, KnowledgeBase.Default, clock)
    {
    }

    public Task<IReadOnlyList<Reply>> WriteAsync(string situation, SituationAnalysis analysis, Language language, CancellationToken ct) =>
        BuildAsync(situation, analysis, language, ct);

    public async Task<IReadOnlyList<Reply>> BuildAsync(
        string situation, SituationAnalysis analysis, Language language, CancellationToken cancellationToken = default)
    {
        var plan = offline.Plan(situation, analysis, language);
        if (plan.NeedsClarifying) return offline.Write(plan);

        var advice = await AskModel(plan, cancellationToken);
        return advice is null ? offline.Write(plan) : offline.Write(plan, advice);
    }

    private async Task<IReadOnlyList<IdeaAdvice>?> AskModel(GuidancePlan plan, CancellationToken cancellationToken)
    {
        using var budgetSpent = new CancellationTokenSource(budget, clock);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budgetSpent.Token);
        try
        {
            // WaitAsync keeps the budget even against a client that ignores cancellation.
            var response = await chat
                .GetResponseAsync(GuidancePrompt.Messages(plan, knowledge), NewOptions(), timeout.Token)
                .WaitAsync(budget, clock, cancellationToken);
            return ModelAdvice.Parse(response.Text, plan.Ideas.Select(i => i.IdeaId).ToList());
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure of the model (timeout, network, quota, refusal) must cost the rep nothing but the wording.
            await timeout.CancelAsync();
            return null;
        }
    }

    // A low temperature keeps the wording close to the knowledge it was given. Fresh options per call, because
    // some clients fill in defaults on the instance they receive.
    private static ChatOptions NewOptions() => new() { ResponseFormat = ChatResponseFormat.Json, Temperature = 0.3f };
}
