using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Records that the rep sent the written confirmation of one of their calls.</summary>
public sealed class MarkCallSentHandler(ICallLog calls) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var call = long.TryParse(turn.Action?.Value("callId"), out var id) ? await calls.GetAsync(id, ct) : null;
        if (call is null || call.RepId != turn.User.Id)
            return [new Reply { Kind = "error.not-yours", Blocks = [new TextBlock(turn.Say("call.not-found"))] }];
        if (call.Status == ConfirmationStatus.Sent)
            return [new Reply { Kind = "call.sent", Blocks = [new TextBlock(turn.Say("call.already-sent", call.Client))] }];

        await calls.UpdateAsync(call with { Status = ConfirmationStatus.Sent, ConfirmedAt = turn.Now, NextReminderAt = null }, ct);
        return [new Reply { Kind = "call.sent", ReplacesSource = true, Blocks = [new TextBlock(turn.Say("call.sent", call.Client))] }];
    }
}
