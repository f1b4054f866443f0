using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace RelationshipCoach.Core.Languages;

/// <summary>
/// Everything the coach says, in en, de, es and id, loaded from the JSON files under Texts/.
/// Each file maps a key to its four translations, so a missing translation is visible next to the others.
/// </summary>
public sealed class Texts
{
    private readonly Dictionary<string, Dictionary<Language, string>> _entries;

    private Texts(Dictionary<string, Dictionary<Language, string>> entries) => _entries = entries;

    public static Texts Default { get; } = LoadEmbedded();

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The text for a key in a language, formatted with the language's culture.</summary>
    public string Get(Language language, string key, params object?[] args)
    {
        if (!_entries.TryGetValue(key, out var byLanguage))
            throw new KeyNotFoundException($"No text '{key}'.");
        var template = byLanguage.TryGetValue(language, out var t) ? t : byLanguage[Language.En];
        return args.Length == 0 ? template : string.Format(Culture(language), template, args);
    }

    public IReadOnlyDictionary<Language, string> Translations(string key) => _entries[key];

    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.De => "de-DE",
        Language.Es => "es-ES",
        Language.Id => "id-ID",
        _ => "en-US",
    });

    private static Texts LoadEmbedded()
    {
        var assembly = typeof(Texts).Assembly;
        var entries = new Dictionary<string, Dictionary<Language, string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Texts.") && n.EndsWith(".json")))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                ?? throw new InvalidDataException($"Empty text file {name}.");
            foreach (var (key, translations) in file)
            {
                if (!entries.TryAdd(key, Parse(translations)))
                    throw new InvalidDataException($"Text key '{key}' is defined twice ({name}).");
            }
        }
        return new Texts(entries);
    }

    private static Dictionary<Language, string> Parse(Dictionary<string, string> translations)
    {
        var result = new Dictionary<Language, string>();
        foreach (var (code, text) in translations)
        {
            if (LanguageCodes.TryParse(code, out var language)) result[language] = text;
        }
        return result;
    }
}
