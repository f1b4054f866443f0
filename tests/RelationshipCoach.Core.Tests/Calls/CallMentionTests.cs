using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Core.Tests.Calls;

public sealed class CallMentionTests
{
    [Theory]
    [InlineData("just got off a call with Acme about the Q3 renewal", "Acme", "the Q3 renewal")]
    [InlineData("Had a quick meeting with Globex Corp regarding pricing.", "Globex Corp", "pricing")]
    [InlineData("I spoke with Initech about the rollout", "Initech", "the rollout")]
    [InlineData("Telefonat mit Müller GmbH wegen Lieferverzug gerade beendet", "Müller GmbH", "Lieferverzug")]
    [InlineData("Habe gerade mit der Bäckerei Schmidt über die Rechnung telefoniert", "Bäckerei Schmidt", "die Rechnung")]
    [InlineData("acabo de hablar con Grupo Sol sobre el precio", "Grupo Sol", "el precio")]
    [InlineData("Terminé de tener una llamada con Banco Andino", "Banco Andino", "")]
    [InlineData("baru selesai telepon dengan PT Maju Jaya soal kontrak", "PT Maju Jaya", "kontrak")]
    [InlineData("sudah rapat sama CV Sinar Abadi tentang harga", "CV Sinar Abadi", "harga")]
    public void Reads_who_the_call_was_with_and_what_about(string text, string client, string topic)
    {
        var mention = CallMention.Find(text);
        Assert.NotNull(mention);
        Assert.Equal(client, mention.Value.Client);
        Assert.Equal(topic, mention.Value.Topic);
    }

    [Theory]
    [InlineData("The client wants us to pay for the whole pilot")]
    [InlineData("Der Kunde ruft ständig an und will Rabatt")]
    [InlineData("el cliente dice que nuestros correos parecen plantillas")]
    [InlineData("klien minta kami tanggung semua biaya")]
    [InlineData("call Acme pricing")]
    public void Does_not_see_a_call_report_where_there_is_none(string text) => Assert.Null(CallMention.Find(text));

    [Theory]
    [InlineData("sent the recap to Acme", "Acme")]
    [InlineData("I just emailed the summary to Globex Corp.", "Globex Corp")]
    [InlineData("Bestätigung an Müller geschickt", "Müller")]
    [InlineData("envié la confirmación a Grupo Sol", "Grupo Sol")]
    [InlineData("sudah kirim konfirmasi ke PT Maju Jaya", "PT Maju Jaya")]
    public void Reads_a_confirmation_reported_in_plain_words(string text, string client) =>
        Assert.Equal(client, ConfirmationMention.FindClient(text));
}
