using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Availability;

/// <summary>
/// Ends a person's absence when they say they are back, and brings forward what waited for their return: call
/// reminders that were pushed past the absence, and messages held for them (which the daily cap then paces).
/// </summary>
public sealed class BackHandler(IAbsenceLog absences, ICallLog calls, ICallReminderScheduler reminders, IHeldMessageScheduler held) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var ended = await absences.EndAsync(turn.User.Id, turn.LocalNow.Date, ct);
        if (ended)
        {
            foreach (var call in await calls.ListOpenAsync(turn.User.Id, ct))
            {
                if (call.NextReminderAt is not { } next || next <= turn.Now) continue;
                await calls.UpdateAsync(call with { NextReminderAt = turn.Now }, ct);
                await reminders.ScheduleAsync(call.Id, turn.Now, ct);
            }
            await held.ScheduleAsync(turn.User.Id, turn.Now + Duration.FromSeconds(1), ct);
        }
        return [new Reply { Kind = "absence.ended", Blocks = [new TextBlock(turn.Say(ended ? "absence.welcome-back" : "absence.was-not-away"))] }];
    }
}
