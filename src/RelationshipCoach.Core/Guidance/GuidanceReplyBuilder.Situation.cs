using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

public sealed partial class GuidanceReplyBuilder
{
    /// <summary>Quoting more of the rep's words than this turns the echo into a transcript.</summary>
    private const int MaximumEchoedWords = 3;

    /// <summary>Ties an idea to this situation by echoing the client and the rep's own words that point to the idea.</summary>
    private string WhyItApplies(RankedIdea ranked, GuidancePlan plan)
    {
        var language = plan.Language;
        var evidence = ranked.Evidence
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => e.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaximumEchoedWords)
            .Select(e => texts.Get(language, "guidance.quote", e))
            .ToList();
        var quoted = string.Join(", ", evidence);
        var client = plan.Details.Client;
        return (client, evidence.Count) switch
        {
            (not null, > 0) => texts.Get(language, "guidance.why.client_evidence", client, quoted),
            (not null, _) => texts.Get(language, "guidance.why.client", client),
            (null, > 0) => texts.Get(language, "guidance.why.evidence", quoted),
            _ => texts.Get(language, "guidance.why.plain"),
        };
    }

    /// <summary>Offers to log the call or track the project the rep mentioned, carrying what is already known.</summary>
    private List<ReplyAction> FollowUpActions(GuidancePlan plan)
    {
        var details = plan.Details;
        var actions = new List<ReplyAction>();
        if (details.MentionsCall)
        {
            var log = new ReplyAction(GuidanceActions.CallLog, texts.Get(plan.Language, "guidance.call_log"), ActionStyle.Primary);
            if (details.Client is not null) log = log.With(GuidanceActions.ClientKey, details.Client);
            if (details.Topic is not null) log = log.With(GuidanceActions.TopicKey, details.Topic);
            actions.Add(log);
        }
        if (details.MentionsProject)
        {
            var track = new ReplyAction(GuidanceActions.EngagementNew, texts.Get(plan.Language, "guidance.engagement_new"));
            if (details.Client is not null) track = track.With(GuidanceActions.ClientKey, details.Client);
            actions.Add(track);
        }
        return actions;
    }
}
