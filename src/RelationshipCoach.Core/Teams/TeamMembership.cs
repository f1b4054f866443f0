using NodaTime;

namespace RelationshipCoach.Core.Teams;

/// <summary>A rep in a lead's team since they joined, until they left (null while they are in it).</summary>
public sealed record TeamMembership(long LeadId, long RepId, Instant JoinedAt, Instant? LeftAt)
{
    public bool IsActive => LeftAt is null;
}
