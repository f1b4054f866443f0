using NodaTime;

namespace RelationshipCoach.Core.Calls;

/// <summary>Wakes the coach when a call's next reminder falls due; the host keeps these in its persistent scheduler.</summary>
public interface ICallReminderScheduler
{
    /// <summary>Sets (or moves) the call's one pending reminder to the given instant.</summary>
    Task ScheduleAsync(long callId, Instant dueAt, CancellationToken ct);

    Task CancelAsync(long callId, CancellationToken ct);
}
