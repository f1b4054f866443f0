using System.Text.Json;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;

namespace RelationshipCoach.Core.Tests.Guidance;

[Collection(GuidanceCollection.Name)]
public sealed class AdviseJsonlTests(AnalyzerFixture fixture)
{
    private JsonElement Advise(string line) => JsonDocument.Parse(AdviseJsonl.AdviseLine(line, fixture.Analyzer)).RootElement;

    [Fact]
    public void Answers_with_the_same_id_the_language_and_all_twelve_ideas()
    {
        var answer = Advise("""{"id":"a-1","text":"Der Einkauf stellt uns ein Ultimatum: 15 % Rabatt oder wir sind raus"}""");
        Assert.Equal("a-1", answer.GetProperty("id").GetString());
        Assert.Equal("de", answer.GetProperty("lang").GetString());
        var ideas = answer.GetProperty("ideas").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Equal(IdeaIds.All.OrderBy(i => i), ideas.OrderBy(i => i));
        Assert.Equal(IdeaIds.Autonomy, ideas[0]);
    }

    [Fact]
    public void Keeps_a_numeric_id_numeric()
    {
        var answer = Advise("""{"id":42,"text":"help"}""");
        Assert.Equal(JsonValueKind.Number, answer.GetProperty("id").ValueKind);
        Assert.Equal(42, answer.GetProperty("id").GetInt32());
    }

    [Fact]
    public void Honours_the_given_language()
    {
        var answer = Advise("""{"id":1,"text":"the client never answers","lang":"id"}""");
        Assert.Equal("id", answer.GetProperty("lang").GetString());
    }

    [Theory]
    [InlineData("not json", null)]
    [InlineData("""{"id":7}""", 7)]
    [InlineData("""{"id":7,"text":"x","lang":"fr"}""", 7)]
    public void Reports_a_bad_line_as_an_error_line(string line, int? id)
    {
        var answer = Advise(line);
        Assert.True(answer.TryGetProperty("error", out _));
        if (id is null) Assert.Equal(JsonValueKind.Null, answer.GetProperty("id").ValueKind);
        else Assert.Equal(id, answer.GetProperty("id").GetInt32());
    }

    [Fact]
    public void Runs_a_batch_line_by_line_skipping_blank_lines()
    {
        var input = new StringReader("{\"id\":1,\"text\":\"ayuda\"}\n\n{\"id\":2,\"text\":\"bantuan\"}\n");
        var output = new StringWriter();
        AdviseJsonl.Run(input, output, fixture.Analyzer);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("es", JsonDocument.Parse(lines[0]).RootElement.GetProperty("lang").GetString());
        Assert.Equal("id", JsonDocument.Parse(lines[1]).RootElement.GetProperty("lang").GetString());
    }
}
