using NodaTime;

namespace RelationshipCoach.Core.Calls;

/// <summary>Wakes the coach when a call's next reminder falls due; the host keeps these in its persistent scheduler.</summary>
public interface ICallReminderScheduler
{
    /// <summary>Sets (or moves) the call's one pending reminder to the given instant.</summary>
    Task ScheduleAsync(long callId, Instant dueAt, CancellationToken ct);

    /// <summary>Sets many calls' reminders at once; a persistent scheduler stores them in one transaction instead of one each.</summary>
    async Task ScheduleManyAsync(IReadOnlyCollection<(long CallId, Instant DueAt)> reminders, CancellationToken ct)
    {
        foreach (var (callId, dueAt) in reminders) await ScheduleAsync(callId, dueAt, ct);
    }

    Task CancelAsync(long callId, CancellationToken ct);
}
