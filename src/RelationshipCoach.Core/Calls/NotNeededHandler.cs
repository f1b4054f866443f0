using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Closes a call that needs no written confirmation, after asking the rep why.</summary>
public sealed class NotNeededHandler(RepCalls repCalls, ICallLog calls, ICallReminderScheduler scheduler) : IIntentHandler
{
    /// <summary>A reason is a short note, not a document.</summary>
    public const int MaxReasonLength = 500;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var call = await repCalls.FindAsync(turn, ct);
        if (call is null) return [RepCalls.NotFound(turn)];
        if (!call.AwaitsConfirmation)
            return [new Reply { Kind = "call.sent", Blocks = [new TextBlock(turn.Say("call.already-sent", call.Client))] }];

        var reason = turn.Action!.Value("reason");
        if (reason is null || reason.Length > MaxReasonLength) return [AskWhy(turn, call, reason is null ? null : turn.Say("call.not-needed.too-long", MaxReasonLength))];

        await calls.UpdateAsync(call with { Status = ConfirmationStatus.NotNeeded, NotNeededReason = reason, NextReminderAt = null }, ct);
        await scheduler.CancelAsync(call.Id, ct);
        return [new Reply { Kind = "call.not-needed", ReplacesSource = true, Blocks = [new TextBlock(turn.Say("call.not-needed.done", call.Client))] }];
    }

    private static Reply AskWhy(Turn turn, Call call, string? error) => new()
    {
        Kind = "call.not-needed.ask",
        Blocks = [new TextBlock(turn.Say("call.not-needed.why", call.Client))],
        Inputs = [new ReplyInput("reason", turn.Say("call.not-needed.reason"), InputKind.MultilineText) { Required = true, Error = error }],
        Actions = [new ReplyAction("call.not-needed", turn.Say("reminder.not-needed"), ActionStyle.Primary).With("callId", call.Id.ToString())],
    };
}
