using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Calls;

public sealed class ConfirmationDraftTests
{
    private static readonly Call Call = new(7, 1, "Müller GmbH", "Lieferverzug", Instant.FromUtc(2026, 11, 24, 9, 0), Instant.FromUtc(2026, 11, 24, 9, 0))
    {
        Notes = "Neuer Liefertermin 3.12.",
    };

    [Theory]
    [InlineData(Language.En, "Subject: Summary of our call on 11/24/2026: Lieferverzug", "Please tell me if I misunderstood")]
    [InlineData(Language.De, "Betreff: Zusammenfassung unseres Gesprächs vom 24.11.2026: Lieferverzug", "falsch verstanden")]
    [InlineData(Language.Es, "Asunto: Resumen de nuestra llamada del 24/11/2026: Lieferverzug", "entendí algo mal")]
    [InlineData(Language.Id, "Perihal: Ringkasan panggilan kita pada 24/11/2026: Lieferverzug", "keliru atau terlewat")]
    public void Is_written_in_the_reps_language_with_subject_steps_and_an_invitation_to_correct(Language language, string subject, string correction)
    {
        var draft = ConfirmationDraft.Write(Call, "Ana", language, DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        Assert.StartsWith(subject, draft);
        Assert.Contains("- Lieferverzug", draft);
        Assert.Contains("- Neuer Liefertermin 3.12.", draft);
        Assert.Contains(correction, draft);
        Assert.EndsWith("Ana", draft);
    }

    [Fact]
    public void The_reminder_marks_itself_late_and_last_when_it_is()
    {
        var last = Call with { RemindersSent = ConfirmationPolicy.MaxReminders };
        var reply = ReminderReply.Build(last, null, Language.En, DateTimeZone.Utc, Call.HeldAt + Duration.FromDays(3), late: true, last: true);

        Assert.Contains("comes late", reply.PlainText);
        Assert.Contains("last reminder", reply.PlainText);
        Assert.Equal(["call.sent", "call.snooze", "call.snooze", "call.snooze", "call.not-needed"], reply.Actions.Select(a => a.Id));
        Assert.All(reply.Actions, a => Assert.Equal("7", a.Values["callId"]));
    }
}
