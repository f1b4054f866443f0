using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// Does what is due for an engagement when its wake-up fires: asks a check-in, asks an unanswered one again, or counts it
/// missed. It records the step first (so only one instance acts), schedules the next wake-up, then sends.
/// </summary>
public sealed class DueCheckIns(IEngagementStore store, IUserDirectory users, IMessenger messenger, ICheckInScheduler scheduler, Schedules schedules, TimeProvider clock)
{
    /// <summary>A trigger this much early still counts as due, absorbing clock differences between instances.</summary>
    private static readonly Duration Tolerance = Duration.FromSeconds(5);

    /// <summary>Takes the step due now, if any; true when this call took it.</summary>
    public async Task<bool> RunAsync(long engagementId, CancellationToken ct)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var engagement = await store.GetAsync(engagementId, ct);
        if (engagement is not { Status: EngagementStatus.Active }) return false;
        var owner = await users.FindAsync(engagement.OwnerId, ct);
        if (owner is null) return false;
        var personal = await schedules.ForAsync(owner, ct);
        var open = await store.GetOpenCheckInAsync(engagementId, ct);

        var step = CheckInPolicy.StepAt(engagement, open, now + Tolerance);
        var away = personal.DaysOff.IsAbsent(now.InZone(personal.Zone).Date);
        var (advanced, changes) = step switch
        {
            // Someone who is away is neither asked nor counted as missing a check-in; what was open waits for their return.
            CheckInStep.Ask when away => (engagement with { NextCheckInAt = CheckInPolicy.Next(engagement, now, personal, lastCheckIn: now) }, Array.Empty<CheckIn>()),
            CheckInStep.AskAgain or CheckInStep.CountMissed when away => (engagement, [open! with { NextAskAt = personal.NextWorkingMorning(now) }]),
            CheckInStep.Ask => Ask(engagement, open, now, personal),
            CheckInStep.AskAgain => (engagement, [open! with { State = CheckInState.Reasked, NextAskAt = CheckInPolicy.NextAsk(now, personal) }]),
            CheckInStep.CountMissed => (engagement, [open! with { State = CheckInState.Missed, NextAskAt = null }]),
            _ => (engagement, Array.Empty<CheckIn>()),
        };
        if (changes.Length == 0 && advanced == engagement)
        {
            await scheduler.ScheduleWakeAsync(engagement, open, ct);
            return false;
        }
        var saved = await store.TrySaveAsync(advanced, changes, ct);
        if (saved is null) return false;
        if (away)
        {
            await scheduler.ScheduleWakeAsync(advanced, saved.Count > 0 ? saved[^1] : open, ct);
            return true;
        }

        var asked = saved[^1];
        // The next wake-up is set before sending: a failed delivery must not stop the engagement's schedule.
        await scheduler.ScheduleWakeAsync(advanced, asked.IsOpen ? asked : null, ct);
        if (step == CheckInStep.CountMissed) return true;
        var language = PreferredLanguage.Of(owner);
        await messenger.SendAsync(owner.Ref, CheckInReply.Build(advanced, asked, language, again: step == CheckInStep.AskAgain), ct);
        return true;
    }

    private static (Engagement, CheckIn[]) Ask(Engagement engagement, CheckIn? open, Instant now, PersonalSchedule personal)
    {
        var (phase, index) = engagement.CurrentPhase!.Value;
        var checkIn = new CheckIn(0, engagement.Id, index, CheckInPolicy.KindAt(phase, now, personal.Zone), engagement.NextCheckInAt!.Value)
        {
            NextAskAt = CheckInPolicy.NextAsk(now, personal),
        };
        var advanced = engagement with { NextCheckInAt = CheckInPolicy.Next(engagement, now, personal, lastCheckIn: now) };
        // A check-in still unanswered when the next one comes is missed: the rep is asked about the phase afresh.
        return open is null ? (advanced, [checkIn]) : (advanced, [open with { State = CheckInState.Missed, NextAskAt = null }, checkIn]);
    }
}
