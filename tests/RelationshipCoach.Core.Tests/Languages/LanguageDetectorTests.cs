using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("help", Language.En)]
    [InlineData("hilfe", Language.De)]
    [InlineData("ayuda", Language.Es)]
    [InlineData("bantuan", Language.Id)]
    [InlineData("my open items", Language.En)]
    [InlineData("meine offenen Punkte", Language.De)]
    [InlineData("mis pendientes", Language.Es)]
    [InlineData("item terbuka saya", Language.Id)]
    [InlineData("Müller GmbH asked for a call with Acme and PT Maju Jaya next week", Language.En)]
    [InlineData("Call mit Acme Corp und Grupo Sol wegen Pricing", Language.De)]
    [InlineData("reunión con Müller GmbH y PT Maju Jaya sobre el pricing", Language.Es)]
    [InlineData("meeting dengan Grupo Sol dan Müller GmbH besok", Language.Id)]
    [InlineData("¿Qué hago?", Language.Es)]
    [InlineData("gimana dong", Language.Id)]
    [InlineData("Kunde sauer", Language.De)]
    public void Detects_the_language(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("15 % / 2025 :-)")]
    public void Gives_no_language_when_the_text_has_no_words(string text)
    {
        Assert.Null(LanguageDetector.Detect(text));
        Assert.Equal(0, LanguageDetector.Guess(text).Confidence);
    }

    [Fact]
    public void Probabilities_sum_to_one_and_favour_the_best_language()
    {
        var guess = LanguageDetector.Guess("der Kunde will, dass wir den Pilot allein bezahlen");
        Assert.Equal(Language.De, guess.Best);
        Assert.Equal(1.0, guess.Probabilities.Values.Sum(), 6);
        Assert.True(guess.Confidence > 0.9);
        Assert.Equal(guess.Probabilities.Values.Max(), guess.Confidence);
    }

    [Fact]
    public void Short_messages_are_less_certain_than_long_ones()
    {
        var shortGuess = LanguageDetector.Guess("pilot");
        var longGuess = LanguageDetector.Guess("the client wants us to pay for the whole pilot and will not put in anything");
        Assert.True(shortGuess.Confidence < longGuess.Confidence);
    }
}
