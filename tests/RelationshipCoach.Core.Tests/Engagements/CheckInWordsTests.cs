using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Core.Tests.Engagements;

public sealed class CheckInWordsTests
{
    [Theory]
    [InlineData("Acme is on track, client updated", PhaseHealth.OnTrack, true)]
    [InlineData("Müller ist gefährdet", PhaseHealth.AtRisk, null)]
    [InlineData("Müller ist auf Kurs, Kunde nicht informiert", PhaseHealth.OnTrack, false)]
    [InlineData("Grupo Sol está en riesgo, cliente informado", PhaseHealth.AtRisk, true)]
    [InlineData("PT Maju Jaya tidak sesuai rencana", PhaseHealth.OffTrack, null)]
    [InlineData("PT Maju Jaya sesuai rencana, klien sudah diberi kabar", PhaseHealth.OnTrack, true)]
    public void Reads_status_and_client_update_in_plain_words(string text, PhaseHealth health, bool? clientUpdated)
    {
        var answer = CheckInWords.Read(text)!;
        Assert.Equal((health, clientUpdated), (answer.Health, answer.ClientUpdated));
    }

    [Fact]
    public void Other_messages_are_not_answers() => Assert.Null(CheckInWords.Read("just got off a call with Acme"));
}
