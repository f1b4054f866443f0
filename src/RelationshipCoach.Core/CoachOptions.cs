using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core;

/// <summary>The coach's configurable policies, read by the host from configuration.</summary>
public sealed record CoachOptions
{
    /// <summary>Working hours for people who have not set their own.</summary>
    public WorkingHours DefaultWorkingHours { get; init; } = WorkingHours.Default;

    /// <summary>How long after a call the first reminder to confirm it in writing is due.</summary>
    public TimeSpan ConfirmAfter { get; init; } = TimeSpan.FromHours(2);

    /// <summary>When leads get their weekly digest unless they chose otherwise (Digest:Default).</summary>
    public Recurrence DefaultDigest { get; init; } = DigestSchedule.MondayMorning;
}
