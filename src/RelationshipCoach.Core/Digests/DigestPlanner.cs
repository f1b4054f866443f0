using NodaTime;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Digests;

/// <summary>Keeps a lead's one pending digest trigger in step with their settings and zone: set, moved, or cancelled.</summary>
public sealed class DigestPlanner(IDigestSettingsStore settings, IDigestScheduler scheduler, CoachOptions options)
{
    /// <summary>Plans the next digest after <paramref name="now"/> and returns when it is due (null: off).</summary>
    public async Task<Instant?> PlanAsync(UserProfile lead, Instant now, CancellationToken ct)
    {
        var current = await settings.GetAsync(lead.Id, ct);
        var zone = PersonalSchedule.For(lead, options).Zone;
        var next = DigestSchedule.NextAt(current, options.DefaultDigest, zone, now);
        await settings.SaveAsync(current with { NextAt = next }, ct);
        if (next is { } at) await scheduler.ScheduleAsync(lead.Id, at, ct);
        else await scheduler.CancelAsync(lead.Id, ct);
        return next;
    }
}
