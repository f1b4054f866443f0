using NodaTime;
using Quartz;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Scheduling;

/// <summary>Each call's one pending reminder, as a one-shot trigger.</summary>
public sealed class QuartzCallReminderScheduler(OneShotTriggers triggers) : ICallReminderScheduler
{
    public Task ScheduleAsync(long callId, Instant dueAt, CancellationToken ct) =>
        triggers.SetAsync<CallReminderJob>(Key(callId), CallReminderJob.CallIdKey, callId, dueAt, ct);

    public Task ScheduleManyAsync(IReadOnlyCollection<(long CallId, Instant DueAt)> reminders, CancellationToken ct) =>
        triggers.SetManyAsync<CallReminderJob>(reminders.Select(r => (Key(r.CallId), r.CallId, r.DueAt)).ToList(), CallReminderJob.CallIdKey, ct);

    public Task CancelAsync(long callId, CancellationToken ct) => triggers.RemoveAsync(Key(callId), ct);

    private static JobKey Key(long callId) => new($"call-{callId}", "call-reminders");
}
