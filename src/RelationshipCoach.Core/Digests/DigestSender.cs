using NodaTime;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// Sends a lead's scheduled digest when it falls due: moves the next due time first (so only one instance sends),
/// then sends the digest of the seven days before through the lead's channel and plans the following week.
/// </summary>
public sealed class DigestSender(
    IUserDirectory users, IDigestSettingsStore settings, DigestComposer composer, IMessenger messenger, DigestPlanner planner,
    CoachOptions options, TimeProvider clock)
{
    /// <summary>A trigger this much early still counts as due, absorbing clock differences between instances.</summary>
    private static readonly Duration Tolerance = Duration.FromSeconds(5);

    /// <summary>Sends the digest if it is due; true when this call sent it.</summary>
    public async Task<bool> SendDueAsync(long leadId, CancellationToken ct)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var lead = await users.FindAsync(leadId, ct);
        var current = await settings.GetAsync(leadId, ct);
        if (lead is not { Role: Role.Lead } || current is not { Enabled: true, NextAt: { } dueAt } || dueAt > now + Tolerance) return false;

        var zone = PersonalSchedule.For(lead, options).Zone;
        var following = DigestSchedule.NextAt(current, options.DefaultDigest, zone, Instant.Max(now, dueAt));
        if (!await settings.TryAdvanceAsync(leadId, dueAt, following, ct)) return false;

        var (digest, reply) = await composer.ComposeAsync(lead, DigestPeriod.EndingAt(dueAt, zone), ct);
        // A lead without a team would only hear "your team is empty" every week; they can still ask for it.
        if (digest.Reps.Count > 0) await messenger.SendAsync(lead.Ref, reply, ct);
        await planner.PlanAsync(lead, Instant.Max(now, dueAt), ct);
        return true;
    }
}
