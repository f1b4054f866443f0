using NodaTime;

namespace RelationshipCoach.Core.Teams;

/// <summary>Where the coach keeps which reps are in which lead's team; a rep who leaves is kept with the moment they left.</summary>
public interface ITeamStore
{
    /// <summary>Adds the rep to the lead's team; false when they already are in it.</summary>
    Task<bool> AddAsync(long leadId, long repId, Instant at, CancellationToken ct);

    /// <summary>Marks the rep as having left the lead's team; false when they were not in it.</summary>
    Task<bool> RemoveAsync(long leadId, long repId, Instant at, CancellationToken ct);

    /// <summary>The lead's current members and those who left at or after <paramref name="leftSince"/>.</summary>
    Task<IReadOnlyList<TeamMembership>> MembersAsync(long leadId, Instant leftSince, CancellationToken ct);

    /// <summary>The current memberships of any of these profiles, i.e. the leads who see their data.</summary>
    Task<IReadOnlyList<TeamMembership>> LeadsOfAsync(IReadOnlyCollection<long> repIds, CancellationToken ct);

    /// <summary>Every lead with at least one current member.</summary>
    Task<IReadOnlyList<long>> LeadsWithMembersAsync(CancellationToken ct);
}
