using NodaTime;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// When the coach checks in on an engagement: at each occurrence of its schedule and on the working morning after the
/// current phase's end date, never twice on one day; an unanswered check-in is asked again on the next working morning
/// and counted missed on the one after (or when the next check-in comes first). Every instant is computed in the owner's zone.
/// </summary>
public static class CheckInPolicy
{
    /// <summary>The next check-in strictly after <paramref name="after"/>; a regular one on the day of the last check-in is skipped.</summary>
    public static Instant? Next(Engagement engagement, Instant after, PersonalSchedule owner, Instant? lastCheckIn = null)
    {
        if (engagement.Status == EngagementStatus.Completed || engagement.CurrentPhase is null) return null;
        var regular = engagement.Schedule.Recurrence.NextAfter(after, owner.Zone);
        if (lastCheckIn is { } last && SameDay(regular, last, owner.Zone))
            regular = engagement.Schedule.Recurrence.NextAfter(regular, owner.Zone);
        var phaseEnd = PhaseEndCheckIn(engagement.CurrentPhase.Value.Phase, owner);
        return phaseEnd > after && phaseEnd < regular && !(lastCheckIn is { } l && SameDay(phaseEnd, l, owner.Zone)) ? phaseEnd : regular;
    }

    /// <summary>The working morning after the phase's last day: the first moment its end date has passed.</summary>
    public static Instant PhaseEndCheckIn(Phase phase, PersonalSchedule owner) =>
        owner.NextWorkingMorning(phase.End.At(new LocalTime(12, 0)).InZoneLeniently(owner.Zone).ToInstant());

    /// <summary>The check-in's kind when it falls due now: closing the phase once its end date has passed.</summary>
    public static CheckInKind KindAt(Phase phase, Instant now, DateTimeZone zone) =>
        now.InZone(zone).Date > phase.End ? CheckInKind.Close : CheckInKind.Status;

    /// <summary>When an unanswered check-in asked at <paramref name="askedAt"/> is asked again, or (asked again) counted missed.</summary>
    public static Instant NextAsk(Instant askedAt, PersonalSchedule owner) => owner.NextWorkingMorning(askedAt);

    /// <summary>What is due for the engagement at <paramref name="now"/>, given its open check-in.</summary>
    public static CheckInStep StepAt(Engagement engagement, CheckIn? open, Instant now)
    {
        if (engagement.Status == EngagementStatus.Completed) return CheckInStep.Nothing;
        if (engagement.NextCheckInAt is { } due && due <= now) return CheckInStep.Ask;
        if (open is { State: CheckInState.Asked, NextAskAt: { } reask } && reask <= now) return CheckInStep.AskAgain;
        if (open is { State: CheckInState.Reasked, NextAskAt: { } missed } && missed <= now) return CheckInStep.CountMissed;
        return CheckInStep.Nothing;
    }

    /// <summary>The next moment anything is due for the engagement: its next check-in or its open check-in's next ask.</summary>
    public static Instant? NextWake(Engagement engagement, CheckIn? open)
    {
        if (engagement.Status == EngagementStatus.Completed) return null;
        Instant?[] candidates = [engagement.NextCheckInAt, open is { IsOpen: true } ? open.NextAskAt : null];
        return candidates.Where(c => c is not null).Min();
    }

    private static bool SameDay(Instant a, Instant b, DateTimeZone zone) => a.InZone(zone).Date == b.InZone(zone).Date;
}

/// <summary>What falls due for an engagement when its trigger fires.</summary>
public enum CheckInStep { Nothing, Ask, AskAgain, CountMissed }
