using NodaTime;

namespace RelationshipCoach.Core.Calls;

/// <summary>Where the coach keeps the calls reps logged.</summary>
public interface ICallLog
{
    /// <summary>Stores a new call and returns it with its id.</summary>
    Task<Call> AddAsync(Call call, CancellationToken ct);

    Task<Call?> GetAsync(long id, CancellationToken ct);

    /// <summary>The rep's calls still waiting for a written confirmation (open or missed), oldest first.</summary>
    Task<IReadOnlyList<Call>> ListOpenAsync(long repId, CancellationToken ct);

    /// <summary>The rep's calls held since the given moment, newest first.</summary>
    Task<IReadOnlyList<Call>> ListSinceAsync(long repId, Instant since, CancellationToken ct);

    Task UpdateAsync(Call call, CancellationToken ct);

    /// <summary>
    /// Stores the call's next reminder state only if no one else advanced it since it was read (same reminder
    /// count, still awaiting confirmation): of two instances firing the same reminder, exactly one wins.
    /// </summary>
    Task<bool> TryAdvanceReminderAsync(Call advanced, int expectedRemindersSent, CancellationToken ct);
}
