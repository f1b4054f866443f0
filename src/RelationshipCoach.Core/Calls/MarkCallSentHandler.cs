using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Records that the rep sent the written confirmation of one of their calls, and stops its reminders.</summary>
public sealed class MarkCallSentHandler(RepCalls repCalls, ICallLog calls, ICallReminderScheduler scheduler) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var call = await repCalls.FindAsync(turn, ct);
        if (call is null) return [RepCalls.NotFound(turn)];
        return [await MarkSentAsync(turn, call, calls, scheduler, ct)];
    }

    public static async Task<Reply> MarkSentAsync(Turn turn, Call call, ICallLog calls, ICallReminderScheduler scheduler, CancellationToken ct)
    {
        if (!call.AwaitsConfirmation)
            return new Reply { Kind = "call.sent", Blocks = [new TextBlock(turn.Say("call.already-sent", call.Client))] };

        await calls.UpdateAsync(call with { Status = ConfirmationStatus.Sent, ConfirmedAt = turn.Now, NextReminderAt = null }, ct);
        await scheduler.CancelAsync(call.Id, ct);
        return new Reply { Kind = "call.sent", ReplacesSource = turn.Action is not null, Blocks = [new TextBlock(turn.Say("call.sent", call.Client))] };
    }
}
