using NodaTime;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Digests;

/// <summary>A lead's digest preferences: on or off, their own weekly schedule (null: the configured default), and when it is next due.</summary>
public sealed record DigestSettings(long LeadId)
{
    public bool Enabled { get; init; } = true;
    public Recurrence? Schedule { get; init; }
    public Instant? NextAt { get; init; }
}
