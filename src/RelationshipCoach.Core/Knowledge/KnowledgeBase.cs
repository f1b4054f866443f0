using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Knowledge;

/// <summary>The coach's knowledge: the twelve ideas and the three relationship levels, in every language it speaks.</summary>
public sealed class KnowledgeBase
{
    private readonly IReadOnlyDictionary<(string Id, Language Language), Idea> _ideas;
    private readonly IReadOnlyDictionary<(string Id, Language Language), RelationshipLevel> _levels;

    private KnowledgeBase(
        IReadOnlyDictionary<(string, Language), Idea> ideas,
        IReadOnlyDictionary<(string, Language), RelationshipLevel> levels)
    {
        _ideas = ideas;
        _levels = levels;
    }

    public static KnowledgeBase Default { get; } = new(KnowledgeFiles.LoadIdeas(), KnowledgeFiles.LoadLevels());

    public IReadOnlyList<string> IdeaIds => Knowledge.IdeaIds.All;

    public IReadOnlyList<string> LevelIds => Knowledge.LevelIds.All;

    public Idea Get(string id, Language language) =>
        _ideas.TryGetValue((id, language), out var idea) ? idea : throw new KeyNotFoundException($"No idea '{id}'.");

    public bool HasIdea(string id) => _ideas.ContainsKey((id, Language.En));

    public RelationshipLevel Level(string id, Language language) =>
        _levels.TryGetValue((id, language), out var level) ? level : throw new KeyNotFoundException($"No relationship level '{id}'.");
}
