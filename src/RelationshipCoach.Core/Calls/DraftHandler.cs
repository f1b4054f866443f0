using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Shows the confirmation draft of one of the rep's calls whenever they ask for it.</summary>
public sealed class DraftHandler(RepCalls repCalls) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var call = await repCalls.FindAsync(turn, ct);
        if (call is null) return [RepCalls.NotFound(turn)];
        return [ReminderReply.Build(call, turn.User.DisplayName, turn.Language, turn.Zone, turn.Now, late: false) with { Kind = "call.draft" }];
    }
}
