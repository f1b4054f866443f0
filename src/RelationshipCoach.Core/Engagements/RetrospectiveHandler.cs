using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Keeps the rep's short retrospective on a completed engagement.</summary>
public sealed class RetrospectiveHandler(RepEngagements engagements, EngagementUpdates updates) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var engagement = await engagements.FindAsync(turn, ct);
        if (engagement is null) return [RepEngagements.NotFound(turn)];
        var text = turn.Action!.Value("retrospective");
        if (text is null || text.Length > Engagement.MaxTextLength)
            return [new Reply { Kind = "engagement.retro.missing", Blocks = [new TextBlock(turn.Say("engagement.complete.question"))] }];
        var saved = await updates.SaveAsync(turn, engagement with { Retrospective = text }, [], replan: false, ct);
        return [saved is null ? EngagementUpdates.Conflict(turn) : new Reply
        {
            Kind = "engagement.retro.saved",
            ReplacesSource = true,
            Blocks = [new TextBlock(turn.Say("engagement.complete.thanks", engagement.Title))],
        }];
    }
}
