using Quartz;
using RelationshipCoach.Core.Delivery;

namespace RelationshipCoach.Scheduling;

/// <summary>Fires when a person's held messages may be delivered; it carries only the person's id.</summary>
[DisallowConcurrentExecution]
public sealed class HeldMessagesJob(ConsiderateMessenger messenger) : IJob
{
    public const string UserIdKey = "userId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default) =>
        await messenger.FlushAsync(OneShotTriggers.IdOf(context, UserIdKey), ct);
}
