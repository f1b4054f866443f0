using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Languages;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("de-DE", Language.De)]
    [InlineData("es_MX", Language.Es)]
    [InlineData("in", Language.Id)]
    [InlineData("id-ID", Language.Id)]
    [InlineData("English", Language.En)]
    [InlineData("español", Language.Es)]
    [InlineData("Deutsch", Language.De)]
    public void Reads_codes_and_names(string value, Language expected)
    {
        Assert.True(LanguageCodes.TryParse(value, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("klingon")]
    public void Refuses_other_languages(string? value) => Assert.False(LanguageCodes.TryParse(value, out _));
}
