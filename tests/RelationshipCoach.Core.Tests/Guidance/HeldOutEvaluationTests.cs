using RelationshipCoach.Core.Languages;
using Xunit.Abstractions;

namespace RelationshipCoach.Core.Tests.Guidance;

/// <summary>Measures the analyzer on situations it never trained on (Guidance/heldout.tsv: idea_id, lang, text).</summary>
[Collection(GuidanceCollection.Name)]
public sealed class HeldOutEvaluationTests(AnalyzerFixture fixture, ITestOutputHelper output)
{
    private static IReadOnlyList<(string IdeaId, Language Language, string Text)> HeldOut() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Guidance", "heldout.tsv"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], LanguageCodes.TryParse(c[1], out var language) ? language : throw new FormatException(c[1]), c[2]))
            .ToList();

    [Fact]
    public void Held_out_set_covers_every_idea_in_every_language()
    {
        var heldOut = HeldOut();
        Assert.Equal(240, heldOut.Count);
        foreach (var ideaId in RelationshipCoach.Core.Knowledge.IdeaIds.All)
            foreach (var language in LanguageCodes.All)
                Assert.Equal(5, heldOut.Count(h => h.IdeaId == ideaId && h.Language == language));
    }

    [Fact]
    public void Held_out_accuracy_meets_targets()
    {
        var heldOut = HeldOut();
        var training = Core.Guidance.TrainingCorpus.All.Select(s => s.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(heldOut, h => training.Contains(h.Text));

        int top1 = 0, top3 = 0, language = 0;
        var perIdea = new Dictionary<string, int>();
        var confusions = new Dictionary<(string Expected, string Got), int>();
        foreach (var (ideaId, lang, text) in heldOut)
        {
            var analysis = fixture.Analyzer.Analyze(text);
            if (analysis.Ranking[0].IdeaId == ideaId)
            {
                top1++;
                perIdea[ideaId] = perIdea.GetValueOrDefault(ideaId) + 1;
            }
            else
            {
                var key = (ideaId, analysis.Ranking[0].IdeaId);
                confusions[key] = confusions.GetValueOrDefault(key) + 1;
            }
            if (analysis.Ranking.Take(3).Any(r => r.IdeaId == ideaId)) top3++;
            if (LanguageDetector.Detect(text) == lang) language++;
        }
        double n = heldOut.Count;
        output.WriteLine($"held-out n={heldOut.Count} top1={top1 / n:F3} top3={top3 / n:F3} language={language / n:F3}");
        output.WriteLine($"training situations: {Core.Guidance.TrainingCorpus.All.Count}");
        foreach (var ideaId in RelationshipCoach.Core.Knowledge.IdeaIds.All)
        {
            var count = heldOut.Count(h => h.IdeaId == ideaId);
            output.WriteLine($"  top1 {ideaId,-22} {perIdea.GetValueOrDefault(ideaId)}/{count}");
        }
        foreach (var ((expected, got), count) in confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Expected).ThenBy(c => c.Key.Got))
            output.WriteLine($"  confused {expected} -> {got}: {count}");

        Assert.True(language / n >= 0.98, $"language detection {language / n:F3} < 0.98");
        Assert.True(top3 / n >= 0.95, $"top-3 {top3 / n:F3} < 0.95");
        Assert.True(top1 / n >= 0.80, $"top-1 {top1 / n:F3} < 0.80");
    }
}
