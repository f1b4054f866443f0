namespace RelationshipCoach.Core.Engagements;

/// <summary>Where the coach keeps engagements, their phases and their check-ins.</summary>
public interface IEngagementStore
{
    /// <summary>Stores a new engagement with its phases in one write and returns it with its id.</summary>
    Task<Engagement> AddAsync(Engagement engagement, CancellationToken ct);

    Task<Engagement?> GetAsync(long id, CancellationToken ct);

    /// <summary>The owner's engagements still running, oldest first.</summary>
    Task<IReadOnlyList<Engagement>> ListActiveAsync(long ownerId, CancellationToken ct);

    Task<CheckIn?> GetCheckInAsync(long id, CancellationToken ct);

    /// <summary>The engagement's check-in still waiting for an answer, if any.</summary>
    Task<CheckIn?> GetOpenCheckInAsync(long engagementId, CancellationToken ct);

    /// <summary>
    /// Stores the changed engagement (its version bumped) with its phases and the given check-ins (new ones get ids), all in
    /// one transaction, only if the stored version is still <see cref="Engagement.Version"/>: of two concurrent writers exactly
    /// one wins. Returns the stored check-ins, or null when another writer came first.
    /// </summary>
    Task<IReadOnlyList<CheckIn>?> TrySaveAsync(Engagement changed, IReadOnlyList<CheckIn> checkIns, CancellationToken ct);
}
