using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Turns a rep's situation and its analysis into guidance replies, worded from the knowledge base.</summary>
public sealed partial class GuidanceReplyBuilder(KnowledgeBase knowledge, Texts texts)
{
    /// <summary>
    /// The longest situation text carried back by the "another angle" button; Slack allows 2000 characters per button
    /// value, and the other values and the JSON around them need room too.
    /// </summary>
    public const int MaximumCarriedText = 1500;

    public GuidanceReplyBuilder() : this(KnowledgeBase.Default, Texts.Default)
    {
    }

    /// <summary>One reply per chosen idea (at most three), or a single clarifying question when no idea is clear enough.</summary>
    /// <param name="language">The rep's language, which wins over the one the analysis detected: the rep may have chosen it.</param>
    public IReadOnlyList<Reply> Build(string situation, SituationAnalysis analysis, Language language) =>
        Write(Plan(situation, analysis, language));

    /// <summary>Decides what the guidance covers; <see cref="Write(GuidancePlan)"/> or a model then words it.</summary>
    public GuidancePlan Plan(string situation, SituationAnalysis analysis, Language language) => new(
        situation,
        language,
        SituationDetails.Read(situation, language),
        IdeaSelection.Choose(analysis.Ranking.Where(r => knowledge.HasIdea(r.IdeaId))));

    /// <summary>The offline wording of a plan, taken straight from the knowledge base.</summary>
    public IReadOnlyList<Reply> Write(GuidancePlan plan) =>
        Write(plan, plan.Ideas.Select(r => OfflineAdvice(r, plan)).ToList());

    /// <summary>
    /// Lays out advice worded elsewhere (by a model) in the same shape, with the same buttons, as the offline reply;
    /// without any advice, the clarifying question.
    /// </summary>
    public IReadOnlyList<Reply> Write(GuidancePlan plan, IReadOnlyList<IdeaAdvice> advice)
    {
        if (advice.Count == 0) return [Clarify(plan)];
        var shown = string.Join(',', advice.Select(a => a.IdeaId));
        var replies = advice.Select(a => GuidanceReply(a, plan, shown)).ToList();
        replies[^1] = replies[^1] with { Actions = [.. replies[^1].Actions, .. FollowUpActions(plan)] };
        return replies;
    }

    /// <summary>The best idea not shown yet, for the "another angle" button; a clarifying question when all were shown.</summary>
    public Reply AnotherAngle(SituationAnalysis analysis, IReadOnlyCollection<string> excluded, Language language, string situation = "")
    {
        var plan = new GuidancePlan(situation, language, SituationDetails.Read(situation, language), []);
        var next = analysis.Ranking
            .Where(r => knowledge.HasIdea(r.IdeaId) && !excluded.Contains(r.IdeaId))
            .OrderByDescending(r => r.Score)
            .FirstOrDefault();
        if (next is null) return Clarify(plan);

        var shown = string.Join(',', excluded.Append(next.IdeaId));
        var reply = GuidanceReply(OfflineAdvice(next, plan), plan, shown);
        if (next.Score >= IdeaSelection.MinimumScore) return reply;
        return reply with { Blocks = [.. reply.Blocks, new TextBlock(texts.Get(language, "guidance.weak_match"), TextStyle.Subtle)] };
    }

    private Reply GuidanceReply(IdeaAdvice advice, GuidancePlan plan, string shownIds)
    {
        var language = plan.Language;
        var idea = knowledge.Get(advice.IdeaId, language);
        return new Reply
        {
            Kind = GuidanceKinds.Guidance,
            Title = texts.Get(language, "guidance.title", idea.Name),
            Blocks =
            [
                new TextBlock(advice.Why),
                new TextBlock(idea.Meaning, TextStyle.Subtle),
                new TextBlock(texts.Get(language, "guidance.steps"), TextStyle.Heading),
                new TextBlock(TextLists.Numbered(advice.Steps)),
            ],
            Facts =
            [
                new Fact(texts.Get(language, "guidance.avoid"), advice.Avoid),
                new Fact(texts.Get(language, "guidance.say"), texts.Get(language, "guidance.quote", advice.Say)),
            ],
            Actions =
            [
                new ReplyAction(GuidanceActions.More, texts.Get(language, "guidance.more"))
                    .With(GuidanceActions.IdeaKey, advice.IdeaId),
                new ReplyAction(GuidanceActions.Another, texts.Get(language, "guidance.another"))
                    .With(GuidanceActions.ExcludeKey, shownIds)
                    .With(GuidanceActions.TextKey, Carried(plan.Situation)),
                Feedback(advice.IdeaId, GuidanceActions.Yes, "guidance.helped", language),
                Feedback(advice.IdeaId, GuidanceActions.No, "guidance.not_helped", language),
            ],
        };
    }

    private IdeaAdvice OfflineAdvice(RankedIdea ranked, GuidancePlan plan)
    {
        var idea = knowledge.Get(ranked.IdeaId, plan.Language);
        return new IdeaAdvice(idea.Id, WhyItApplies(ranked, plan), idea.Steps, idea.Avoid, idea.Sentences[0]);
    }

    private Reply Clarify(GuidancePlan plan)
    {
        var language = plan.Language;
        var client = plan.Details.Client;
        var question = client is null
            ? texts.Get(language, "guidance.clarify.question")
            : texts.Get(language, "guidance.clarify.question.client", client);
        return new Reply
        {
            Kind = GuidanceKinds.Clarify,
            Title = texts.Get(language, "guidance.clarify.title"),
            Blocks = [new TextBlock(question), new TextBlock(texts.Get(language, "guidance.clarify.hint"), TextStyle.Subtle)],
            Actions = FollowUpActions(plan),
        };
    }

    private ReplyAction Feedback(string ideaId, string helpful, string labelKey, Language language) =>
        new ReplyAction(GuidanceActions.Feedback, texts.Get(language, labelKey))
            .With(GuidanceActions.IdeaKey, ideaId)
            .With(GuidanceActions.HelpfulKey, helpful);

    private static string Carried(string situation) =>
        situation.Length <= MaximumCarriedText ? situation : situation[..MaximumCarriedText];
}
