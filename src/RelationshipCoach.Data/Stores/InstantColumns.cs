using NodaTime;

namespace RelationshipCoach.Data.Stores;

/// <summary>Instants are stored as Unix milliseconds: both providers compare and sort plain integers alike.</summary>
internal static class InstantColumns
{
    public static long ToColumn(this Instant instant) => instant.ToUnixTimeMilliseconds();

    public static long? ToColumn(this Instant? instant) => instant?.ToUnixTimeMilliseconds();

    public static Instant ToInstant(this long column) => Instant.FromUnixTimeMilliseconds(column);

    public static Instant? ToInstant(this long? column) => column is { } c ? Instant.FromUnixTimeMilliseconds(c) : null;
}
