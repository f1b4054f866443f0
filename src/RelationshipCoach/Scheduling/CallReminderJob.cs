using Quartz;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Scheduling;

/// <summary>Fires when a call's reminder is due; it carries only the call's id and lets the coach decide whether to send.</summary>
[DisallowConcurrentExecution]
public sealed class CallReminderJob(ConfirmationReminders reminders) : IJob
{
    public const string CallIdKey = "callId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var callId = Convert.ToInt64(context.MergedJobDataMap[CallIdKey], System.Globalization.CultureInfo.InvariantCulture);
        await reminders.SendDueAsync(callId, ct);
    }
}
