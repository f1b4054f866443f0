using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Languages;

public sealed class TextsTests
{
    [Fact]
    public void There_are_texts_to_check() => Assert.True(Texts.Default.Keys.Count() > 30);

    [Fact]
    public void Formats_with_the_language_culture() =>
        Assert.Equal("Gespräche ohne schriftliche Bestätigung: 1.234", Texts.Default.Get(Language.De, "open-items.count", 1234.ToString("N0", Texts.Culture(Language.De))));
}
