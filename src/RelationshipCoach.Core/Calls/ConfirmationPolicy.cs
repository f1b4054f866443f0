using NodaTime;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// When the coach reminds a rep to confirm a call in writing: the first reminder <see cref="CoachOptions.ConfirmAfter"/>
/// after the call, follow-ups one and two working days after the one before, each moved into working hours;
/// after the last one the confirmation counts as missed.
/// </summary>
public sealed class ConfirmationPolicy(CoachOptions options)
{
    public const int MaxReminders = 3;

    /// <summary>A reminder that fires this much after its due time says it is late (the service was down).</summary>
    public static readonly Duration LateAfter = Duration.FromMinutes(1);

    public Instant FirstReminder(Instant heldAt, Instant now, PersonalSchedule schedule)
    {
        var due = heldAt + Duration.FromTimeSpan(options.ConfirmAfter);
        return schedule.NextWorkingInstant(due < now ? now : due);
    }

    /// <summary>How many reminders a person gets for one call: only the first at light intensity.</summary>
    public static int RemindersFor(NudgeIntensity intensity) => intensity == NudgeIntensity.Light ? 1 : MaxReminders;

    /// <summary>The follow-up after the reminder number <paramref name="sent"/> that was due at <paramref name="dueAt"/>, or null after the last.</summary>
    public static Instant? FollowUp(int sent, Instant dueAt, PersonalSchedule schedule, NudgeIntensity intensity = NudgeIntensity.Standard) =>
        sent < RemindersFor(intensity) ? schedule.AddWorkingDays(dueAt, 1) : null;
}
