using System.Text.Json.Nodes;
using RelationshipCoach.Commands;

namespace RelationshipCoach.Tests.Commands;

public sealed class WhenVerbTests
{
    [Fact]
    public void Jsonl_answers_every_line_with_its_id_and_keeps_going_after_a_bad_one()
    {
        var input = new StringReader(string.Join('\n',
            """{"id":1,"lang":"de","ref":"2026-11-23T10:15","text":"morgen um 15 Uhr"}""",
            """{"id":"b","lang":"es","ref":"2026-11-23T10:00","text":"cada lunes"}""",
            "not json",
            """{"id":3,"lang":"en","ref":"2026-11-23T10:00","text":"call Acme about pricing"}"""));
        var output = new StringWriter();

        Assert.Equal(0, WhenVerb.RunJsonl(input, output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(1, (int)lines[0]["id"]!);
        Assert.Equal("datetime", (string)lines[0]["kind"]!);
        Assert.Equal("2026-11-24T15:00", (string)lines[0]["at"]!);
        Assert.Equal("b", (string)lines[1]["id"]!);
        Assert.Equal("recurrence", (string)lines[1]["kind"]!);
        Assert.StartsWith("FREQ=WEEKLY;BYDAY=MO", (string)lines[1]["rrule"]!);
        Assert.NotNull(lines[2]["error"]);
        Assert.Equal("none", (string)lines[3]["kind"]!);
    }
}
