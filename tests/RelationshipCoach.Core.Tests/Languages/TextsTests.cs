using System.Text.RegularExpressions;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Languages;

public sealed partial class TextsTests
{
    public static TheoryData<string> Keys() => new(Texts.Default.Keys);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_text_exists_in_all_four_languages_with_the_same_placeholders(string key)
    {
        var translations = Texts.Default.Translations(key);
        Assert.All(LanguageCodes.All, l => Assert.False(string.IsNullOrWhiteSpace(translations.GetValueOrDefault(l)), $"{key} has no {l}"));
        var english = Placeholders(translations[Language.En]);
        Assert.All(LanguageCodes.All, l => Assert.Equal(english, Placeholders(translations[l])));
    }

    [Fact]
    public void There_are_texts_to_check() => Assert.True(Texts.Default.Keys.Count() > 30);

    [Fact]
    public void Formats_with_the_language_culture() =>
        Assert.Equal("Gespräche ohne schriftliche Bestätigung: 1.234", Texts.Default.Get(Language.De, "open-items.count", 1234.ToString("N0", Texts.Culture(Language.De))));

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order().ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
