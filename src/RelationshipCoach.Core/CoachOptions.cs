using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core;

/// <summary>The coach's configurable policies, read by the host from configuration.</summary>
public sealed record CoachOptions
{
    /// <summary>Working hours for people who have not set their own.</summary>
    public WorkingHours DefaultWorkingHours { get; init; } = WorkingHours.Default;

    /// <summary>At most this many proactive messages reach one person a day (in their zone); the rest come combined the next morning.</summary>
    public int MaxProactivePerDay { get; init; } = 5;

    /// <summary>How long after a call the first reminder to confirm it in writing is due.</summary>
    public TimeSpan ConfirmAfter { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How long a reminder stays held while it is sent after its transaction commits: longer than a send takes with the channel's pace and retries, so no wake-up sends it again meanwhile; after a crash mid-send it goes out this late.</summary>
    public TimeSpan SendHold { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When an engagement's regular check-ins fall unless its owner changes it, read by the time recognizer.</summary>
    public string DefaultCheckIns { get; init; } = "every Monday at 9";

    /// <summary>When set, a new engagement's first check-in comes this long after it starts (demos and tests) instead of on schedule.</summary>
    public TimeSpan? FirstCheckInAfter { get; init; }
    /// <summary>When leads get their weekly digest unless they chose otherwise (Digest:Default).</summary>
    public Recurrence DefaultDigest { get; init; } = DigestSchedule.MondayMorning;
}
