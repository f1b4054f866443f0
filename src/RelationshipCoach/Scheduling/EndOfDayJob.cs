using Quartz;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Scheduling;

/// <summary>Fires for a person's end-of-day summary; it carries only the person's id.</summary>
[DisallowConcurrentExecution]
public sealed class EndOfDayJob(EndOfDaySummaries summaries) : IJob
{
    public const string UserIdKey = "userId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await summaries.SendAsync(OneShotTriggers.IdOf(context, UserIdKey), ct);
}
