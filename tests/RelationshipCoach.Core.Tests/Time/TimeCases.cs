using NodaTime;
using NodaTime.Text;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Time;

/// <summary>Loads the table-driven cases from Time/cases.{lang}.tsv next to the test assembly.</summary>
public static class TimeCases
{
    public static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static IEnumerable<string[]> Rows(Language language)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Time", $"cases.{language.Code()}.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line.Split('\t');
        }
    }

    public static TheoryData<string, string, string, string?> For(Language language)
    {
        var data = new TheoryData<string, string, string, string?>();
        foreach (var cols in Rows(language)) data.Add(cols[0], cols[1], cols[2], cols.Length > 3 ? cols[3] : null);
        return data;
    }
}
