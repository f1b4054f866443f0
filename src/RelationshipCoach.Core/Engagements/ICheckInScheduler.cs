using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Wakes the coach when something is due for an engagement; the host keeps these in its persistent scheduler.</summary>
public interface ICheckInScheduler
{
    /// <summary>Sets (or moves) the engagement's one pending wake-up to the given instant.</summary>
    Task ScheduleAsync(long engagementId, Instant dueAt, CancellationToken ct);

    Task CancelAsync(long engagementId, CancellationToken ct);
}
