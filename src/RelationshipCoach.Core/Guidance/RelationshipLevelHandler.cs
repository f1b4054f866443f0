using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Says where a relationship stands and what moving to the next level costs and gives, for the level a button names.</summary>
public sealed class RelationshipLevelHandler : IIntentHandler
{
    private static readonly GuidanceReplyBuilder Builder = new();

    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var level = turn.Action?.Value(GuidanceActions.LevelKey);
        IReadOnlyList<Reply> replies = level is not null && LevelIds.IsKnown(level)
            ? [Builder.RelationshipLevelReply(level, turn.Language)]
            : [new Reply { Kind = "unknown", Blocks = [new TextBlock(turn.Say("unknown.action"))] }];
        return Task.FromResult(replies);
    }
}
