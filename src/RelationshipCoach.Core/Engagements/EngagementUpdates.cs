using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Stores a change a rep made to an engagement in one write and keeps its check-in wake-up in step with it.</summary>
public sealed class EngagementUpdates(IEngagementStore store, ICheckInScheduler scheduler, CoachOptions options)
{
    /// <summary>
    /// Saves the change (with its check-ins); when <paramref name="replan"/> is set the next check-in is computed afresh,
    /// because dates or the schedule changed. Null when someone else changed the engagement meanwhile.
    /// </summary>
    public async Task<Engagement?> SaveAsync(Turn turn, Engagement changed, IReadOnlyList<CheckIn> checkIns, bool replan, CancellationToken ct)
    {
        if (changed.Status == EngagementStatus.Completed) changed = changed with { NextCheckInAt = null };
        else if (replan) changed = changed with { NextCheckInAt = CheckInPolicy.Next(changed, turn.Now, Owner(turn)) };
        if (await store.TrySaveAsync(changed, checkIns, ct) is null) return null;
        var stored = changed with { Version = changed.Version + 1 };
        await scheduler.ScheduleWakeAsync(stored, await store.GetOpenCheckInAsync(stored.Id, ct), ct);
        return stored;
    }

    public PersonalSchedule Owner(Turn turn) => PersonalSchedule.For(turn.User with { TimeZoneId = turn.Zone.Id }, options);

    public static Reply Conflict(Turn turn) =>
        new() { Kind = "engagement.conflict", Blocks = [new TextBlock(turn.Say("engagement.conflict"))], Actions = [RepEngagements.ListAction(turn)] };
}
