using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Words the guidance for an analysed situation: offline from the knowledge base, or by a language model grounded in it.</summary>
public interface IGuidanceWriter
{
    Task<IReadOnlyList<Reply>> WriteAsync(string situation, SituationAnalysis analysis, Language language, CancellationToken ct);
}

/// <summary>The default writer: the knowledge base's own words, no network.</summary>
public sealed class OfflineGuidanceWriter(GuidanceReplyBuilder builder) : IGuidanceWriter
{
    public Task<IReadOnlyList<Reply>> WriteAsync(string situation, SituationAnalysis analysis, Language language, CancellationToken ct) =>
        Task.FromResult(builder.Build(situation, analysis, language));
}
