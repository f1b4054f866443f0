using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Records whether an idea helped the rep; the lead's digest counts it.</summary>
public sealed class FeedbackHandler(IGuidanceLog log) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var idea = turn.Action!.Value(GuidanceActions.IdeaKey);
        var helpful = turn.Action.Value(GuidanceActions.HelpfulKey);
        if (idea is null || !IdeaIds.All.Contains(idea) || helpful is not (GuidanceActions.Yes or GuidanceActions.No))
            return [new Reply { Kind = "error.unknown-idea", Blocks = [new TextBlock(turn.Say("guidance.unknown-idea"))] }];

        var helped = helpful == GuidanceActions.Yes;
        await log.RecordFeedbackAsync(turn.User.Id, idea, helped, turn.Now, ct);
        return [new Reply { Kind = "guidance.feedback", Blocks = [new TextBlock(turn.Say(helped ? "guidance.thanks-helped" : "guidance.thanks-unhelpful"))] }];
    }
}
