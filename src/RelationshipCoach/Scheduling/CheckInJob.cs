using Quartz;
using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Scheduling;

/// <summary>Fires when something is due for an engagement; it carries only the engagement's id and lets the coach decide what to do.</summary>
[DisallowConcurrentExecution]
public sealed class CheckInJob(DueCheckIns checkIns) : IJob
{
    public const string EngagementIdKey = "engagementId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var engagementId = OneShotTriggers.IdOf(context, EngagementIdKey);
        await checkIns.RunAsync(engagementId, ct);
    }
}
