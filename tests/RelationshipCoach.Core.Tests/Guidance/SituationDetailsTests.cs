using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

public class SituationDetailsTests
{
    [Theory]
    [InlineData(Language.En, "Call with Acme today: they want us to fund the pilot alone.", "Acme")]
    [InlineData(Language.En, "Our client, Acme, keeps asking for free extras.", "Acme")]
    [InlineData(Language.En, "Acme Inc. wants a discount again.", "Acme Inc.")]
    [InlineData(Language.En, "I'm meeting Northwind Traders LLC on Monday.", "Northwind Traders LLC")]
    [InlineData(Language.De, "Die Müller GmbH will, dass wir den Pilot allein bezahlen.", "Müller GmbH")]
    [InlineData(Language.De, "Der Kunde Schneider beschwert sich über die Antwortzeiten.", "Schneider")]
    [InlineData(Language.Es, "Grupo Sol quiere que paguemos solos el piloto.", "Grupo Sol")]
    [InlineData(Language.Es, "Tuve una reunión con Andina Foods y no quedó claro quién hace qué.", "Andina Foods")]
    [InlineData(Language.Id, "PT Maju Jaya minta kita menanggung sendiri biaya uji coba.", "PT Maju Jaya")]
    [InlineData(Language.Id, "Rapat dengan Sinar Abadi kemarin, mereka bilang pesan kita terasa template.", "Sinar Abadi")]
    public void Finds_the_client_the_rep_names(Language language, string text, string client)
    {
        Assert.Equal(client, ClientNameFinder.Find(text, language));
    }

    [Theory]
    [InlineData(Language.En, "The client wants us to pay for everything.")]
    [InlineData(Language.En, "We talked with Procurement on Monday.")]
    [InlineData(Language.De, "Wir haben mit Kunden über Preise gesprochen.")]
    [InlineData(Language.De, "Bei Problemen reagieren wir zu langsam.")]
    [InlineData(Language.Id, "Klien minta semuanya tertulis untuk Bapak/Ibu.")]
    public void Names_no_client_when_there_is_none(Language language, string text)
    {
        Assert.Null(ClientNameFinder.Find(text, language));
    }

    [Theory]
    [InlineData("I had a call with them yesterday")]
    [InlineData("Kundentelefonat morgen")]
    [InlineData("Gestern hatten wir ein Gespräch mit dem Einkauf")]
    [InlineData("Mañana tenemos una reunión con ellos")]
    [InlineData("la llamada del martes")]
    [InlineData("Besok ada rapat dengan klien")]
    [InlineData("tadi saya nelpon Pak Budi")]
    public void Notices_a_call(string text)
    {
        Assert.True(Mentions.Call(text));
    }

    [Theory]
    [InlineData("The client wants a cheaper plan")]
    [InlineData("Recall that the client asked for a discount")]
    [InlineData("Der Kunde will einen Rabatt")]
    public void Does_not_see_a_call_where_there_is_none(string text)
    {
        Assert.False(Mentions.Call(text));
    }

    [Theory]
    [InlineData("The project has no milestones", true)]
    [InlineData("Die Projektphase zwei läuft", true)]
    [InlineData("El proyecto va atrasado", true)]
    [InlineData("Proyek ini sudah masuk tahap dua", true)]
    [InlineData("The client wants a cheaper plan", false)]
    public void Notices_a_project(string text, bool mentioned)
    {
        Assert.Equal(mentioned, Mentions.Project(text));
    }

    [Theory]
    [InlineData(Language.En, "Had a call with Acme about the renewal terms. They want more.", "the renewal terms")]
    [InlineData(Language.De, "Morgen habe ich ein Telefonat mit Herrn Weber über die Kosten.", "die Kosten")]
    [InlineData(Language.Es, "Mañana tenemos una reunión sobre el presupuesto anual.", "el presupuesto anual")]
    [InlineData(Language.Id, "Besok ada rapat soal anggaran tahun depan.", "anggaran tahun depan")]
    public void Finds_what_a_call_was_about(Language language, string text, string topic)
    {
        Assert.Equal(topic, TopicFinder.Find(text, language));
    }

    [Fact]
    public void An_about_without_a_call_names_no_topic()
    {
        Assert.Null(TopicFinder.Find("We are about to upsell a premium tier.", Language.En));
    }
}
