using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Acknowledges that an ended meeting was not a client call; nothing is logged.</summary>
public sealed class CallDismissedHandler : IIntentHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Reply>>(
            [new Reply { Kind = "call.dismissed", ReplacesSource = true, Blocks = [new TextBlock(turn.Say("call.dismissed"))] }]);
}
