using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Tests.Guidance;

/// <summary>Hand-made analyses: the named ideas get the given scores, every other idea a score far below any threshold.</summary>
internal static class Analyses
{
    public const double Background = 0.01;

    public static SituationAnalysis Of(Language language, params (string Id, double Score, string[] Evidence)[] ideas)
    {
        var ranking = IdeaIds.All
            .Select(id => ideas.FirstOrDefault(i => i.Id == id) is { Id: not null } named
                ? new RankedIdea(id, named.Score, named.Evidence)
                : new RankedIdea(id, Background, []))
            .OrderByDescending(r => r.Score)
            .ToList();
        return new SituationAnalysis(language, ranking);
    }

    public static SituationAnalysis Of(params (string Id, double Score)[] ideas) =>
        Of(Language.En, ideas.Select(i => (i.Id, i.Score, Array.Empty<string>())).ToArray());
}
