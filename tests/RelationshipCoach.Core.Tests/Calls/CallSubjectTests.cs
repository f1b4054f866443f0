using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Core.Tests.Calls;

public sealed class CallSubjectTests
{
    [Theory]
    [InlineData("Acme about the Q3 renewal", "Acme", "the Q3 renewal")]
    [InlineData("Acme pricing", "Acme", "pricing")]
    [InlineData("Müller GmbH wegen Lieferverzug", "Müller GmbH", "Lieferverzug")]
    [InlineData("Müller GmbH Lieferverzug", "Müller GmbH", "Lieferverzug")]
    [InlineData("Grupo Sol sobre el precio", "Grupo Sol", "el precio")]
    [InlineData("PT Maju Jaya soal kontrak", "PT Maju Jaya", "kontrak")]
    [InlineData("\"Big Blue Corp\" renewal terms", "Big Blue Corp", "renewal terms")]
    [InlineData("Globex: pricing, next steps", "Globex", "pricing, next steps")]
    [InlineData("Initech", "Initech", null)]
    [InlineData("with Acme about pricing", "Acme", "pricing")]
    [InlineData("mit Müller GmbH wegen Lieferverzug", "Müller GmbH", "Lieferverzug")]
    public void Splits_client_and_topic(string text, string client, string? topic)
    {
        var (c, t) = CallSubject.Parse(text);
        Assert.Equal(client, c);
        Assert.Equal(topic, t);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(": only a topic")]
    public void Finds_no_client_where_none_is_named(string text) =>
        Assert.Null(CallSubject.Parse(text).Client);
}
