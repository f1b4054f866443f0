using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

/// <summary>The time vocabulary of one language: single words, multi-word phrases and typo-tolerant names.</summary>
internal sealed partial class Lexicon
{
    private readonly Dictionary<string, Sem[]> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, Sem[] Sems)>> phrases = new(StringComparer.Ordinal);
    private readonly List<(string Word, Sem Sem)> fuzzy = [];

    public Language Language { get; }

    /// <summary>English writes numeric dates month first; the others day first.</summary>
    public bool MonthFirst => Language == Language.En;

    private Lexicon(Language language) => Language = language;

    public static Lexicon For(Language language) => language switch
    {
        Language.De => De,
        Language.Es => Es,
        Language.Id => Id,
        _ => En,
    };

    /// <summary>Registers space-separated entries; '_' joins the words of a phrase.</summary>
    private void Add(string entries, W kind, int value = 0, bool weak = false, bool typos = false)
    {
        var sem = new Sem(kind, value, weak);
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Contains('_'))
            {
                var parts = entry.Split('_');
                if (!phrases.TryGetValue(parts[0], out var list)) phrases[parts[0]] = list = [];
                var existing = list.FindIndex(p => p.Words.AsSpan().SequenceEqual(parts));
                if (existing >= 0) list[existing] = (parts, [.. list[existing].Sems, sem]);
                else list.Add((parts, [sem]));
                list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                continue;
            }
            words[entry] = words.TryGetValue(entry, out var sems) ? [.. sems, sem] : [sem];
            if (typos && entry.Length >= FuzzyWord.MinLength) fuzzy.Add((entry, sem with { Weak = true }));
        }
    }

    private void AddNumbers(string entries, int first)
    {
        var value = first;
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var alias in entry.Split('|')) Add(alias, W.Num, value);
            value++;
        }
    }

    private void AddWeekdays(string entries, W kind = W.Weekday, bool weak = false, bool typos = true)
    {
        var day = 1;
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var alias in entry.Split('|')) Add(alias, kind, day, weak, typos);
            day++;
        }
    }

    private void AddMonths(string entries)
    {
        var month = 1;
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var alias in entry.Split('|')) Add(alias, W.Month, month, typos: true);
            month++;
        }
    }

    public bool TryWord(string word, out Sem[] sems) => words.TryGetValue(word, out sems!);

    public List<(string[] Words, Sem[] Sems)>? PhrasesStartingWith(string word) =>
        phrases.TryGetValue(word, out var list) ? list : null;

    public Sem[]? Typo(string word)
    {
        if (word.Length < FuzzyWord.MinLength) return null;
        foreach (var (candidate, sem) in fuzzy)
            if (FuzzyWord.WithinOne(word, candidate)) return [sem];
        return null;
    }
}
