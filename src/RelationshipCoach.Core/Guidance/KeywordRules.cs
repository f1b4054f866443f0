using System.Text;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>The patterns of one idea found in a situation: how many matched, and at which word positions.</summary>
internal sealed record KeywordHit(int Patterns, IReadOnlySet<int> Words);

/// <summary>Hand-written words and phrases per idea and language (Guidance/Corpus/keywords.tsv) that add weight to an idea when a situation uses them.</summary>
public sealed class KeywordRules
{
    private const string ResourceName = "RelationshipCoach.Core.Guidance.Corpus.keywords.tsv";

    private readonly Dictionary<(string IdeaId, Language Language), List<string[]>> _patterns;

    private KeywordRules(Dictionary<(string, Language), List<string[]>> patterns) => _patterns = patterns;

    public static KeywordRules Default { get; } = LoadEmbedded();

    /// <summary>Lines of idea_id TAB lang TAB comma-separated patterns; "#" starts a comment line.</summary>
    public static KeywordRules Parse(TextReader reader)
    {
        var patterns = new Dictionary<(string, Language), List<string[]>>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 3 || !IdeaIds.All.Contains(columns[0]) || !LanguageCodes.TryParse(columns[1], out var language))
                throw new InvalidDataException($"keywords:{lineNumber}: expected idea_id<TAB>lang<TAB>patterns.");
            var list = patterns.TryGetValue((columns[0], language), out var existing) ? existing : patterns[(columns[0], language)] = [];
            // Split like the situation's words are, so "follow-up" or "don't" line up with the text word by word.
            list.AddRange(columns[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => TextFolding.Words(p).ToArray()));
        }
        return new KeywordRules(patterns);
    }

    /// <summary>For each idea with at least one matching pattern: how many of its patterns matched, and the positions of the words they matched.</summary>
    internal Dictionary<string, KeywordHit> Hits(SituationWords words, Language language)
    {
        var hits = new Dictionary<string, KeywordHit>();
        foreach (var ideaId in IdeaIds.All)
        {
            if (!_patterns.TryGetValue((ideaId, language), out var patterns)) continue;
            var matched = 0;
            SortedSet<int>? positions = null;
            foreach (var pattern in patterns)
            {
                var found = false;
                for (var start = 0; start + pattern.Length <= words.Folded.Count; start++)
                {
                    if (!Matches(pattern, words.Folded, start)) continue;
                    found = true;
                    positions ??= [];
                    for (var k = 0; k < pattern.Length; k++) positions.Add(start + k);
                }
                if (found) matched++;
            }
            if (positions is not null) hits[ideaId] = new KeywordHit(matched, positions);
        }
        return hits;
    }

    private static bool Matches(string[] pattern, IReadOnlyList<string> words, int start)
    {
        for (var k = 0; k < pattern.Length; k++)
        {
            var p = pattern[k];
            var w = words[start + k];
            var ok = p.EndsWith('*') ? w.AsSpan().StartsWith(p.AsSpan(0, p.Length - 1), StringComparison.Ordinal) : w == p;
            if (!ok) return false;
        }
        return true;
    }

    private static KeywordRules LoadEmbedded()
    {
        using var stream = typeof(KeywordRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"Missing embedded {ResourceName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }
}
