using NodaTime;

namespace RelationshipCoach.Core.People;

/// <summary>Looks up IANA time zones by id, forgiving case, as people type them.</summary>
public static class Zones
{
    private static readonly Dictionary<string, string> ByLowerId =
        DateTimeZoneProviders.Tzdb.Ids.ToDictionary(id => id.ToLowerInvariant(), id => id);

    public static DateTimeZone? Find(string? id) =>
        id is not null && ByLowerId.TryGetValue(id.Trim().ToLowerInvariant(), out var canonical)
            ? DateTimeZoneProviders.Tzdb[canonical]
            : null;
}
