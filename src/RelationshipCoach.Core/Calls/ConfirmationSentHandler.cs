using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Marks a call confirmed when the rep says so in plain words ("sent the recap to Acme").</summary>
public sealed class ConfirmationSentHandler(RepCalls repCalls, ICallLog calls, ICallReminderScheduler scheduler) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var client = ConfirmationMention.FindClient(turn.Text)!;
        var call = await repCalls.FindOpenByClientAsync(turn, client, ct);
        if (call is null)
            return [new Reply { Kind = "call.no-open-call", Blocks = [new TextBlock(turn.Say("call.no-open-call", client))], Actions = [new ReplyAction("open-items", turn.Say("open-items.action"))] }];
        return [await MarkCallSentHandler.MarkSentAsync(turn, call, calls, scheduler, ct)];
    }

    public static bool Matches(Turn turn) => ConfirmationMention.FindClient(turn.Text) is not null;
}
