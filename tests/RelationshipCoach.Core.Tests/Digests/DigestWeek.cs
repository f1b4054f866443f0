using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Digests;

/// <summary>Fixed facts for digest tests: ISO week 2026-W47 (Mon 16 – Sun 22 Nov) on a Berlin lead's clock.</summary>
internal static class DigestWeek
{
    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    public static readonly DigestPeriod Week = DigestPeriod.IsoWeek(2026, 47, Berlin);
    public static readonly DigestLead Lead = new(1, "Lena", Language.En);

    private static long _nextId = 1000;

    /// <summary>A moment of the week on the lead's clock: day 0 is Monday 16 Nov.</summary>
    public static Instant At(int day, int hour, int minute = 0, DateTimeZone? zone = null) =>
        new LocalDateTime(2026, 11, 16, hour, minute).PlusDays(day).InZoneLeniently(zone ?? Berlin).ToInstant();

    public static Call Call(long rep, string client, Instant held, ConfirmationStatus status = ConfirmationStatus.Open, int reminders = 0) =>
        new(Interlocked.Increment(ref _nextId), rep, client, "topic", held, held + Duration.FromMinutes(5)) { Status = status, RemindersSent = reminders };

    public static Call OnTime(long rep, string client, Instant held) => Call(rep, client, held, ConfirmationStatus.Sent, 0);

    public static Call Late(long rep, string client, Instant held) => Call(rep, client, held, ConfirmationStatus.Sent, 2);

    public static Call Missed(long rep, string client, Instant held) => Call(rep, client, held, ConfirmationStatus.Missed, 3);

    public static RepFacts Rep(long id, string name, IEnumerable<Call>? calls = null, IEnumerable<GuidanceEvent>? guidance = null,
        EngagementDigestFacts? engagement = null, Instant? leftAt = null) =>
        new(id, name, leftAt, (calls ?? []).ToList(), (guidance ?? []).ToList(), engagement ?? EngagementDigestFacts.None(id));

    public static Digest Build(params RepFacts[] reps) => DigestBuilder.Build(new DigestFacts(Lead, Week, reps));
}
