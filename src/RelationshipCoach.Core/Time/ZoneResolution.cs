using NodaTime;

namespace RelationshipCoach.Core.Time;

/// <summary>Maps wall-clock times to instants the way users expect around DST changes.</summary>
public static class ZoneResolution
{
    /// <summary>Skipped local times move forward by the gap; ambiguous ones take the earlier instant (NodaTime's lenient resolver).</summary>
    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone) => local.InZoneLeniently(zone).ToInstant();
}
