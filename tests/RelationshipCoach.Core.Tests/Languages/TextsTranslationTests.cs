using System.Text.RegularExpressions;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Languages;

public class TextsTranslationTests
{
    public static TheoryData<string> EveryKey() => new(Texts.Default.Keys);

    [Theory]
    [MemberData(nameof(EveryKey))]
    public void Every_text_exists_in_all_four_languages_with_the_same_placeholders(string key)
    {
        var translations = Texts.Default.Translations(key);

        Assert.All(LanguageCodes.All, language =>
        {
            Assert.True(translations.TryGetValue(language, out var text), $"'{key}' has no {language.Code()} text.");
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.Equal(Placeholders(translations[Language.En]), Placeholders(text!));
        });
    }

    [Fact]
    public void The_guidance_texts_are_loaded()
    {
        Assert.True(Texts.Default.Has("guidance.title"));
        Assert.Equal("Worauf es hier ankommt: Gegenseitigkeit", Texts.Default.Get(Language.De, "guidance.title", "Gegenseitigkeit"));
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+[^}]*\}").Select(m => m.Value).Distinct().Order().ToArray();
}
