using NodaTime;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Digests;

/// <summary>When a lead's digest is next due: their own weekly schedule or the configured default, in the lead's zone.</summary>
public static class DigestSchedule
{
    /// <summary>Every Monday at 08:30, the default when configuration says nothing.</summary>
    public static readonly Recurrence MondayMorning = new("FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=30", new LocalDateTime(2026, 1, 1, 0, 0));

    /// <summary>The first due time strictly after <paramref name="after"/>, or null when the lead turned the digest off.</summary>
    public static Instant? NextAt(DigestSettings settings, Recurrence fallback, DateTimeZone zone, Instant after) =>
        settings.Enabled ? (settings.Schedule ?? fallback).NextAfter(after, zone) : null;

    /// <summary>A digest is weekly: a schedule that repeats daily or monthly is not one.</summary>
    public static bool IsWeekly(Recurrence recurrence) => recurrence.RRule.StartsWith("FREQ=WEEKLY", StringComparison.Ordinal);
}
