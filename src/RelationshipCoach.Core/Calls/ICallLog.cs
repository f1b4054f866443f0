using NodaTime;

namespace RelationshipCoach.Core.Calls;

/// <summary>Where the coach keeps the calls reps logged.</summary>
public interface ICallLog
{
    /// <summary>Stores a new call and returns it with its id.</summary>
    Task<Call> AddAsync(Call call, CancellationToken ct);

    Task<Call?> GetAsync(long id, CancellationToken ct);

    /// <summary>The rep's calls still waiting for a written confirmation, oldest first.</summary>
    Task<IReadOnlyList<Call>> ListOpenAsync(long repId, CancellationToken ct);

    /// <summary>The rep's calls held since the given moment, newest first.</summary>
    Task<IReadOnlyList<Call>> ListSinceAsync(long repId, Instant since, CancellationToken ct);

    Task UpdateAsync(Call call, CancellationToken ct);
}
