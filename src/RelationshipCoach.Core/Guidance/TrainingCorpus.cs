using System.Security.Cryptography;
using System.Text;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>One situation of the training corpus: what a rep wrote and the idea it calls for.</summary>
public sealed record LabelledSituation(string IdeaId, Language Language, string Text);

/// <summary>The situations the classifier learns from, shipped as Guidance/Corpus/train.{lang}.tsv (idea_id TAB text).</summary>
public static class TrainingCorpus
{
    private const string ResourcePrefix = "RelationshipCoach.Core.Guidance.Corpus.train.";

    private static readonly Lazy<IReadOnlyList<LabelledSituation>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<LabelledSituation> All => Embedded.Value;

    /// <summary>Parses corpus lines; rejects unknown idea ids so a typo cannot silently become a thirteenth class.</summary>
    public static IEnumerable<LabelledSituation> Parse(TextReader reader, Language language, string source)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || line.IndexOf('\t', tab + 1) >= 0)
                throw new InvalidDataException($"{source}:{lineNumber}: expected idea_id<TAB>text.");
            var ideaId = line[..tab];
            if (!IdeaIds.All.Contains(ideaId))
                throw new InvalidDataException($"{source}:{lineNumber}: unknown idea id '{ideaId}'.");
            yield return new LabelledSituation(ideaId, language, line[(tab + 1)..].Trim());
        }
    }

    /// <summary>A fingerprint of the situations; a cached model is only reused for the corpus it was trained on.</summary>
    public static string Fingerprint(IEnumerable<LabelledSituation> situations)
    {
        var sb = new StringBuilder();
        foreach (var s in situations) sb.Append(s.IdeaId).Append('\t').Append(s.Language.Code()).Append('\t').Append(s.Text).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static IReadOnlyList<LabelledSituation> LoadEmbedded()
    {
        var assembly = typeof(TrainingCorpus).Assembly;
        var situations = new List<LabelledSituation>();
        foreach (var language in LanguageCodes.All)
        {
            var name = $"{ResourcePrefix}{language.Code()}.tsv";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"Missing embedded corpus {name}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            situations.AddRange(Parse(reader, language, name));
        }
        return situations;
    }
}
