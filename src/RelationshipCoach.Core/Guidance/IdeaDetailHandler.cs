using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Shows everything the coach knows about one idea: meaning, signs, steps, what to avoid, sentences to use.</summary>
public sealed class IdeaDetailHandler(GuidanceReplyBuilder builder) : IIntentHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var idea = turn.Action!.Value(GuidanceActions.IdeaKey);
        IReadOnlyList<Reply> replies = idea is not null && IdeaIds.All.Contains(idea)
            ? [builder.MoreOnIdea(idea, turn.Language)]
            : [new Reply { Kind = "error.unknown-idea", Blocks = [new TextBlock(turn.Say("guidance.unknown-idea"))] }];
        return Task.FromResult(replies);
    }
}
