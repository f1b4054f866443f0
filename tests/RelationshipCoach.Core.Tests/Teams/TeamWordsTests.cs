using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Teams;

namespace RelationshipCoach.Core.Tests.Teams;

public sealed class TeamWordsTests
{
    [Theory]
    [InlineData("add @Anna to my team", true, "@Anna")]
    [InlineData("Add <@U123ABC> to my team.", true, "<@U123ABC>")]
    [InlineData("füge Anna Berg zu meinem Team hinzu", true, "Anna Berg")]
    [InlineData("Fuege anna@example.com meinem Team hinzu", true, "anna@example.com")]
    [InlineData("agrega a Carla Gómez a mi equipo", true, "a Carla Gómez")]
    [InlineData("tambahkan Dewi ke tim saya", true, "Dewi")]
    [InlineData("remove rep2 from my team", false, "rep2")]
    [InlineData("entferne <at>Ben Okafor</at> aus meinem Team", false, "<at>Ben Okafor</at>")]
    [InlineData("quita a Ben de mi equipo", false, "a Ben")]
    [InlineData("hapus Dewi dari tim saya", false, "Dewi")]
    public void Reads_who_joins_or_leaves_in_four_languages(string text, bool adding, string who) =>
        Assert.Equal(new TeamChange(adding, who), TeamChange.Read(text));

    [Theory]
    [InlineData("my team is doing great with Acme")]
    [InlineData("add a discount to the offer")]
    public void Leaves_other_sentences_alone(string text) => Assert.Null(TeamChange.Read(text));

    [Theory]
    [InlineData("<@U123ABC>", "U123ABC")]
    [InlineData("<@U123ABC|anna>", "U123ABC")]
    [InlineData("<at>Anna Berg</at>", "Anna Berg")]
    [InlineData("<mailto:anna@example.com|anna@example.com>", "anna@example.com")]
    [InlineData("@rep1", "rep1")]
    [InlineData("“Anna Berg”", "Anna Berg")]
    public void Names_a_colleague_without_the_channels_markup(string named, string clean) => Assert.Equal(clean, ColleagueName.Clean(named));

    [Theory]
    [InlineData("my-team", "Mein Team")]
    [InlineData("who-sees-my-data", "quién ve mis datos")]
    [InlineData("who-sees-my-data", "siapa yang melihat data saya")]
    [InlineData("digest-now", "send my digest now")]
    [InlineData("digest-now", "Digest jetzt senden")]
    [InlineData("digest-now", "envía mi resumen ahora")]
    [InlineData("digest-now", "kirim ringkasan sekarang")]
    public void The_team_and_digest_commands_are_understood_in_four_languages(string command, string text) =>
        Assert.Equal("", CommandWords.Match(command, text));
}
