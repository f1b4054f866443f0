using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>How relevant one idea is to a situation, and the words of the text that made it so.</summary>
public sealed record RankedIdea(string IdeaId, double Score, IReadOnlyList<string> Evidence);

/// <summary>What the coach understood of a situation: its language and all twelve ideas ranked, most relevant first.</summary>
public sealed record SituationAnalysis(Language Language, IReadOnlyList<RankedIdea> Ranking);

/// <summary>Reads a situation a rep describes and ranks the twelve ideas by relevance.</summary>
public interface ISituationAnalyzer
{
    SituationAnalysis Analyze(string text, Language? language = null);
}
