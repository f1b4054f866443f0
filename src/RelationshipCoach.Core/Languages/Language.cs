namespace RelationshipCoach.Core.Languages;

/// <summary>The four languages the coach speaks.</summary>
public enum Language { En, De, Es, Id }

/// <summary>Conversions between <see cref="Language"/> and the codes channels and people use.</summary>
public static class LanguageCodes
{
    public static readonly IReadOnlyList<Language> All = [Language.En, Language.De, Language.Es, Language.Id];

    public static string Code(this Language language) => language switch
    {
        Language.De => "de",
        Language.Es => "es",
        Language.Id => "id",
        _ => "en",
    };

    /// <summary>Reads "de", "de-DE", "es_MX", "in" (the old Java code for Indonesian) and the languages' own names.</summary>
    public static bool TryParse(string? value, out Language language)
    {
        language = Language.En;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var v = value.Trim().ToLowerInvariant();
        var primary = v.Split('-', '_')[0];
        Language? found = primary switch
        {
            "en" or "english" or "englisch" or "ingles" or "inglés" or "inggris" => Language.En,
            "de" or "german" or "deutsch" or "aleman" or "alemán" or "jerman" => Language.De,
            "es" or "spanish" or "spanisch" or "espanol" or "español" or "castellano" or "spanyol" => Language.Es,
            "id" or "in" or "indonesian" or "indonesisch" or "indonesio" or "indonesia" or "bahasa" => Language.Id,
            _ => null,
        };
        if (found is null) return false;
        language = found.Value;
        return true;
    }
}
