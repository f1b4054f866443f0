using RelationshipCoach.Core;
using NodaTime;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Time;
using RelationshipCoach.Data;

namespace RelationshipCoach.Hosting;

/// <summary>Reads and checks the configuration keys the README lists, failing at start with the key's name when a value is unusable.</summary>
public sealed record CoachConfiguration(DatabaseProvider Provider, string ConnectionString, CoachOptions Options)
{
    /// <summary>How long call topics and notes are kept (Retention:CallNotes); the calls themselves stay for the counts.</summary>
    public TimeSpan CallNotesRetention { get; init; } = TimeSpan.FromDays(365);

    public static CoachConfiguration Read(IConfiguration config)
    {
        var providerText = config["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or PostgreSQL, not '{providerText}'.");
        var connection = config.GetConnectionString("Coach")
            ?? throw new InvalidOperationException("ConnectionStrings:Coach is not set.");

        var confirmAfterText = config["Reminders:ConfirmAfter"] ?? "02:00:00";
        if (!TimeSpan.TryParse(confirmAfterText, System.Globalization.CultureInfo.InvariantCulture, out var confirmAfter) || confirmAfter < TimeSpan.Zero)
            throw new InvalidOperationException($"Reminders:ConfirmAfter must be a duration like 02:00:00, not '{confirmAfterText}'.");
        var sendHoldText = config["Reminders:SendHold"] ?? "00:05:00";
        if (!TimeSpan.TryParse(sendHoldText, System.Globalization.CultureInfo.InvariantCulture, out var sendHold) || sendHold <= TimeSpan.Zero)
            throw new InvalidOperationException($"Reminders:SendHold must be a duration above zero like 00:05:00, not '{sendHoldText}'.");
        var hoursText = config["WorkingHours:Default"] ?? "Mon-Fri 08:00-18:00";
        if (!WorkingHours.TryParse(hoursText, out var hours))
            throw new InvalidOperationException($"WorkingHours:Default must look like 'Mon-Fri 08:00-18:00', not '{hoursText}'.");

        var checkIns = config["CheckIns:Default"] ?? "every Monday at 9";
        var reference = NodaTime.LocalDateTime.FromDateTime(DateTime.UtcNow);
        if (TimeExpressionRecognizer.Instance.Recognize(checkIns, null, reference, NodaTime.DateTimeZone.Utc).Kind != TimeExpressionKind.Recurrence)
            throw new InvalidOperationException($"CheckIns:Default must be a repeating time like 'every Monday at 9', not '{checkIns}'.");
        TimeSpan? firstCheckInAfter = null;
        if (config["CheckIns:FirstAfter"] is { Length: > 0 } firstText)
        {
            if (!TimeSpan.TryParse(firstText, System.Globalization.CultureInfo.InvariantCulture, out var first) || first < TimeSpan.Zero)
                throw new InvalidOperationException($"CheckIns:FirstAfter must be a duration like 00:00:05, not '{firstText}'.");
            firstCheckInAfter = first;
        }

        var capText = config["Nudges:MaxPerDay"] ?? "5";
        if (!int.TryParse(capText, out var cap) || cap < 1)
            throw new InvalidOperationException($"Nudges:MaxPerDay must be a whole number of at least 1, not '{capText}'.");

        var digestText = config["Digest:Default"] ?? "every Monday at 8:30";
        var digest = TimeExpressionRecognizer.Instance.Recognize(digestText, null, DigestSchedule.MondayMorning.Anchor, DateTimeZone.Utc).Recurrence;
        if (digest is null || !DigestSchedule.IsWeekly(digest))
            throw new InvalidOperationException($"Digest:Default must be a weekly day and time like 'every Monday at 8:30', not '{digestText}'.");

        var retentionText = config["Retention:CallNotes"] ?? "365";
        var retention = int.TryParse(retentionText, out var days) ? TimeSpan.FromDays(days)
            : TimeSpan.TryParse(retentionText, System.Globalization.CultureInfo.InvariantCulture, out var span) ? span : TimeSpan.MinValue;
        if (retention <= TimeSpan.Zero)
            throw new InvalidOperationException($"Retention:CallNotes must be a number of days (e.g. 365) or a duration, not '{retentionText}'.");

        return new CoachConfiguration(provider, connection, new CoachOptions
        {
            MaxProactivePerDay = cap,
            ConfirmAfter = confirmAfter,
            SendHold = sendHold,
            DefaultWorkingHours = hours,
            DefaultCheckIns = checkIns,
            FirstCheckInAfter = firstCheckInAfter,
            DefaultDigest = digest,
        })
        {
            CallNotesRetention = retention,
        };
    }
}
