using NodaTime;
using Quartz;
using RelationshipCoach.Core.Digests;

namespace RelationshipCoach.Scheduling;

/// <summary>Each lead's one pending digest, as a one-shot trigger; the coach computes the instant in the lead's zone each week.</summary>
public sealed class QuartzDigestScheduler(OneShotTriggers triggers) : IDigestScheduler
{
    public Task ScheduleAsync(long leadId, Instant dueAt, CancellationToken ct) =>
        triggers.SetAsync<DigestJob>(Key(leadId), DigestJob.LeadIdKey, leadId, dueAt, ct);

    public Task CancelAsync(long leadId, CancellationToken ct) => triggers.RemoveAsync(Key(leadId), ct);

    private static JobKey Key(long leadId) => new($"digest-{leadId}", "digests");
}
