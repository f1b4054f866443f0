using Quartz;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Scheduling;

/// <summary>Fires when a call's reminder is due; it carries only the call's id and lets the coach decide whether to send.</summary>
[DisallowConcurrentExecution]
public sealed class CallReminderJob(ConfirmationReminders reminders, ILogger<CallReminderJob> log) : IJob
{
    public const string CallIdKey = "callId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var callId = OneShotTriggers.IdOf(context, CallIdKey);
        if (await reminders.SendDueAsync(callId, ct))
            log.LogInformation("Sent the reminder for call {CallId} from scheduler instance {Instance}.", callId, context.Scheduler.SchedulerInstanceId);
    }
}
