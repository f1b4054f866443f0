using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Core.Tests.Conversation;

public sealed class CommandWordsTests
{
    [Theory]
    [InlineData("help", "help", "")]
    [InlineData("help", "HILFE!", "")]
    [InlineData("help", "Ayuda", "")]
    [InlineData("help", "bantuan", "")]
    [InlineData("call", "call Acme pricing", "Acme pricing")]
    [InlineData("call", "/coach call Acme pricing", null)]
    [InlineData("call", "Anruf Müller GmbH wegen Lieferverzug", "Müller GmbH wegen Lieferverzug")]
    [InlineData("call", "llamada: Grupo Sol precio", "Grupo Sol precio")]
    [InlineData("open-items", "my open items", "")]
    [InlineData("open-items", "Meine offenen Punkte", "")]
    [InlineData("open-items", "mis pendientes", "")]
    [InlineData("open-items", "item terbuka saya", "")]
    [InlineData("settings", "Configuración es", "es")]
    [InlineData("help", "helpful people at Acme", null)]
    [InlineData("call", "callback from Acme", null)]
    public void Finds_the_command_words_in_every_language(string command, string text, string? rest) =>
        Assert.Equal(rest, CommandWords.Match(command, text));

    [Fact]
    public void Each_text_is_read_for_its_own_words_when_commands_are_tried_in_turn()
    {
        // The intent table asks for one command after another on the same text, and then moves on to the next text.
        var call = "call Acme pricing";
        Assert.Null(CommandWords.Match("help", call));
        Assert.Equal("Acme pricing", CommandWords.Match("call", call));
        Assert.Equal("", CommandWords.Match("help", "help"));
        Assert.Null(CommandWords.Match("call", "help"));
        Assert.Equal("Müller", CommandWords.Match("call", "Anruf Müller"));
    }
}
