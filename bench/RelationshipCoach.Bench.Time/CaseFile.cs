using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Bench.Time;

/// <summary>Reads the tab-separated case files shared with the unit tests: ref, text, expected, optional remainder.</summary>
internal static class CaseFile
{
    public static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static IEnumerable<(LocalDateTime Reference, string Text, string Expected)> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            yield return (Minutes.Parse(cols[0]).Value, cols[1], cols[2]);
        }
    }

    public static Language LanguageOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        LanguageCodes.TryParse(name[(name.LastIndexOf('.') + 1)..], out var language);
        return language;
    }
}
