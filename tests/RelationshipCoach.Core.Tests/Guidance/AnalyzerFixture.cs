using RelationshipCoach.Core.Guidance;

namespace RelationshipCoach.Core.Tests.Guidance;

/// <summary>One analyzer for all guidance tests: training takes seconds, so it happens once per run (or not at all when cached).</summary>
public sealed class AnalyzerFixture
{
    public string CacheDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "guidance-cache");

    public SituationAnalyzer Analyzer { get; }

    public AnalyzerFixture() => Analyzer = SituationAnalyzer.LoadOrTrain(CacheDirectory);
}

[CollectionDefinition(Name)]
public sealed class GuidanceCollection : ICollectionFixture<AnalyzerFixture>
{
    public const string Name = "Guidance";
}
