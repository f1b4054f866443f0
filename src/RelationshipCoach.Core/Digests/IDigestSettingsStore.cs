using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>Where each lead's digest preferences and next due time are kept.</summary>
public interface IDigestSettingsStore
{
    /// <summary>The lead's settings, or the defaults when they never changed any.</summary>
    Task<DigestSettings> GetAsync(long leadId, CancellationToken ct);

    Task SaveAsync(DigestSettings settings, CancellationToken ct);

    /// <summary>
    /// Moves the next due time from <paramref name="expected"/> to <paramref name="next"/> only if no one moved it meanwhile:
    /// of two instances firing the same digest, exactly one sends it.
    /// </summary>
    Task<bool> TryAdvanceAsync(long leadId, Instant expected, Instant? next, CancellationToken ct);
}
