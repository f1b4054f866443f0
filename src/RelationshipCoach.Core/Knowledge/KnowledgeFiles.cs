using System.Text.Json;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Knowledge;

/// <summary>
/// Reads the embedded Knowledge/Ideas/{id}.json and Knowledge/Levels/{id}.json files. Each file holds one idea or level
/// in all four languages side by side, so a translator sees every version of a text at once.
/// </summary>
internal static class KnowledgeFiles
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static Dictionary<(string, Language), Idea> LoadIdeas()
    {
        var ideas = new Dictionary<(string, Language), Idea>();
        foreach (var id in IdeaIds.All)
        {
            foreach (var (language, e) in Read<IdeaEntry>("Ideas", id))
            {
                ideas[(id, language)] = new Idea(
                    id, language, e.Name, e.Meaning, e.Signs, e.Steps, e.Avoid, e.Sentences);
            }
        }
        return ideas;
    }

    public static Dictionary<(string, Language), RelationshipLevel> LoadLevels()
    {
        var levels = new Dictionary<(string, Language), RelationshipLevel>();
        foreach (var id in LevelIds.All)
        {
            foreach (var (language, e) in Read<LevelEntry>("Levels", id))
            {
                levels[(id, language)] = new RelationshipLevel(
                    id, language, e.Name, e.Summary, e.LooksLike, e.CostToKeep, e.MoveUp, e.Gives);
            }
        }
        return levels;
    }

    private static IEnumerable<(Language, T)> Read<T>(string folder, string id)
    {
        var name = $"RelationshipCoach.Core.Knowledge.{folder}.{id}.json";
        using var stream = typeof(KnowledgeFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Missing knowledge file {folder}/{id}.json.");
        var byCode = JsonSerializer.Deserialize<Dictionary<string, T>>(stream, Options)
            ?? throw new InvalidDataException($"Empty knowledge file {folder}/{id}.json.");
        foreach (var language in LanguageCodes.All)
        {
            if (!byCode.TryGetValue(language.Code(), out var entry))
                throw new InvalidDataException($"{folder}/{id}.json has no '{language.Code()}' version.");
            yield return (language, entry);
        }
    }

    private sealed record IdeaEntry(
        string Name, string Meaning, string[] Signs, string[] Steps, string Avoid, string[] Sentences);

    private sealed record LevelEntry(
        string Name, string Summary, string[] LooksLike, string CostToKeep, string MoveUp, string Gives);
}
