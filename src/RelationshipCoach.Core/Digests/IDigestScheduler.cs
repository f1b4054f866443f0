using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>Wakes the coach when a lead's digest is due; the host keeps one persistent one-shot trigger per lead.</summary>
public interface IDigestScheduler
{
    Task ScheduleAsync(long leadId, Instant dueAt, CancellationToken ct);

    Task CancelAsync(long leadId, CancellationToken ct);
}
