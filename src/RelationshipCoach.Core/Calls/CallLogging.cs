using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Stores a call however it was reported and schedules its first confirmation reminder.</summary>
public sealed class CallLogging(ICallLog calls, ICallReminderScheduler scheduler, ConfirmationPolicy policy, Schedules schedules)
{
    public async Task<Reply> LogAsync(Turn turn, string client, string topic, Instant heldAt, CancellationToken ct)
    {
        var schedule = await schedules.ForAsync(turn.User with { TimeZoneId = turn.Zone.Id }, ct);
        var firstReminder = policy.FirstReminder(heldAt, turn.Now, schedule);
        var call = await calls.AddAsync(new Call(0, turn.User.Id, client, topic, heldAt, turn.Now) { NextReminderAt = firstReminder }, ct);
        await scheduler.ScheduleAsync(call.Id, firstReminder, ct);
        return Logged(turn, call, firstReminder);
    }

    private static Reply Logged(Turn turn, Call call, Instant reminder) => new()
    {
        Kind = "call.logged",
        Blocks =
        [
            new TextBlock(call.Topic.Length > 0 ? turn.Say("call.logged", call.Client, call.Topic) : turn.Say("call.logged-no-topic", call.Client)),
            new TextBlock(turn.Say("call.reminder-at", ReminderReply.When(reminder, turn.Language, turn.Zone)), TextStyle.Subtle),
        ],
        Actions =
        [
            new ReplyAction("call.sent", turn.Say("call.sent.action"), ActionStyle.Primary).With("callId", call.Id.ToString()),
            new ReplyAction("call.draft", turn.Say("call.draft.action")).With("callId", call.Id.ToString()),
            new ReplyAction("open-items", turn.Say("open-items.action")),
        ],
    };
}
