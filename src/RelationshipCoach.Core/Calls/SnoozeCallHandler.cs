using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Calls;

/// <summary>Moves a call's next reminder: by an hour, to the next working morning, or to a time the rep writes ("Friday 9am", "Montag früh").</summary>
public sealed class SnoozeCallHandler(
    RepCalls repCalls, ICallLog calls, ICallReminderScheduler scheduler, ITimeExpressionRecognizer recognizer, Schedules schedules) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var call = await repCalls.FindAsync(turn, ct);
        if (call is null) return [RepCalls.NotFound(turn)];
        if (!call.AwaitsConfirmation)
            return [new Reply { Kind = "call.sent", Blocks = [new TextBlock(turn.Say("call.already-sent", call.Client))] }];

        var schedule = await schedules.ForAsync(turn.User with { TimeZoneId = turn.Zone.Id }, ct);
        var until = turn.Action!.Value("for") switch
        {
            "hour" => schedule.NextWorkingInstant(turn.Now + Duration.FromHours(1)),
            "tomorrow" => schedule.NextWorkingMorning(turn.Now),
            _ => Written(turn),
        };
        if (until is null) return [Unreadable(turn, call)];

        await calls.UpdateAsync(call with { NextReminderAt = until }, ct);
        await scheduler.ScheduleAsync(call.Id, until.Value, ct);
        return
        [
            new Reply
            {
                Kind = "call.snoozed",
                ReplacesSource = true,
                Blocks = [new TextBlock(turn.Say("call.snoozed", call.Client, ReminderReply.When(until.Value, turn.Language, turn.Zone)))],
            },
        ];
    }

    /// <summary>The moment the rep wrote, if it is one and still ahead.</summary>
    private Instant? Written(Turn turn)
    {
        var text = turn.Action!.Value("until");
        if (text is null) return null;
        var expression = recognizer.Recognize(text, turn.Language, turn.LocalNow, turn.Zone);
        return expression is { Kind: TimeExpressionKind.Moment, At: { } at } && at > turn.Now ? at : null;
    }

    private static Reply Unreadable(Turn turn, Call call) => new()
    {
        Kind = "call.snooze-unreadable",
        Blocks = [new TextBlock(turn.Say("call.snooze-unreadable", turn.Action!.Value("until") ?? ""))],
        Inputs = [new ReplyInput("until", turn.Say("reminder.snooze-input")) { Required = true, Error = turn.Say("call.snooze-example") }],
        Actions = [new ReplyAction("call.snooze", turn.Say("reminder.snooze-custom"), ActionStyle.Primary).With("callId", call.Id.ToString()).With("for", "until")],
    };
}
