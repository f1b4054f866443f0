using Quartz;
using RelationshipCoach.Core.Digests;

namespace RelationshipCoach.Scheduling;

/// <summary>Fires when a lead's digest is due; it carries only the lead's id and lets the coach decide whether to send.</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestSender sender) : IJob
{
    public const string LeadIdKey = "leadId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var leadId = OneShotTriggers.IdOf(context, LeadIdKey);
        await sender.SendDueAsync(leadId, ct);
    }
}
