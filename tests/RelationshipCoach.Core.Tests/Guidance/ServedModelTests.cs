using Microsoft.ML;
using Microsoft.ML.Data;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Guidance.Classifier;

namespace RelationshipCoach.Core.Tests.Guidance;

/// <summary>The ML.NET pipeline fitted on the shipped corpus, and the model exported from it, once for these tests.</summary>
public sealed class FittedPipeline
{
    public MLContext Ml { get; } = new(seed: ClassifierTraining.Seed);

    public ITransformer Pipeline { get; }

    internal IdeaModel Served { get; }

    public FittedPipeline()
    {
        Pipeline = ClassifierTraining.Fit(Ml, TrainingCorpus.All);
        Served = ClassifierTraining.Export(Pipeline, ClassifierTraining.InputSchema(Ml));
    }
}

/// <summary>
/// The coach serves guidance from the n-grams and weights taken out of the ML.NET model; these check that it
/// reads the same n-grams out of a text and gives the same probabilities as ML.NET itself.
/// </summary>
public sealed class ServedModelTests(FittedPipeline fitted) : IClassFixture<FittedPipeline>
{
    public static TheoryData<string> Texts() =>
    [
        "The client keeps asking for a discount before the pilot and I am not sure what to offer",
        "Der Kunde will, dass wir die Kosten für das Pilotprojekt komplett übernehmen",
        "El cliente no contesta desde hace dos semanas y el contrato vence pronto",
        "klien minta kami tanggung semua biaya uji coba",
        "zzqx qqq unknownwordsonly",
        "a",
        "",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_the_same_ngrams_and_gives_the_same_probabilities_as_ML_NET(string text) =>
        AssertSameAsPipeline(SituationWords.Of(text));

    [Fact]
    public void Agrees_with_ML_NET_on_the_held_out_situations_and_a_sample_of_the_corpus()
    {
        var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Guidance", "heldout.tsv"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split('\t')[2])
            .Concat(TrainingCorpus.All.Where((_, i) => i % 10 == 0).Select(s => s.Text));
        foreach (var text in texts) AssertSameAsPipeline(SituationWords.Of(text));
    }

    [Fact]
    public void A_written_model_reads_back_the_same()
    {
        using var stream = new MemoryStream();
        fitted.Served.Write(stream);
        stream.Position = 0;
        var read = IdeaModel.Read(stream);

        var words = SituationWords.Of("Der Kunde will, dass wir die Kosten für das Pilotprojekt komplett übernehmen");
        var ngrams = NgramCounts.Of(words, fitted.Served);
        Assert.Equal(fitted.Served.Ideas, read.Ideas);
        Assert.Equal(ngrams.Select(n => (n.Slot, n.Count)), NgramCounts.Of(words, read).Select(n => (n.Slot, n.Count)));
        Assert.Equal(fitted.Served.Probabilities(ngrams.Select(n => (n.Slot, n.Count))), read.Probabilities(ngrams.Select(n => (n.Slot, n.Count))));
    }

    [Fact]
    public void A_model_cut_short_or_damaged_is_refused_as_invalid_data()
    {
        using var stream = new MemoryStream();
        fitted.Served.Write(stream);
        var cut = new MemoryStream(stream.ToArray()[..(int)(stream.Length / 2)]);
        Assert.Throws<InvalidDataException>(() => IdeaModel.Read(cut));
        Assert.Throws<InvalidDataException>(() => IdeaModel.Read(new MemoryStream("not a model"u8.ToArray())));
        var hugeCount = stream.ToArray();
        var afterMark = 1 + hugeCount[0];
        BitConverter.GetBytes(int.MaxValue).CopyTo(hugeCount, afterMark);
        Assert.Throws<InvalidDataException>(() => IdeaModel.Read(new MemoryStream(hugeCount)));
    }

    private void AssertSameAsPipeline(SituationWords words)
    {
        var engine = fitted.Ml.Model.CreatePredictionEngine<SituationRow, PipelineOutput>(fitted.Pipeline);
        var expected = engine.Predict(new SituationRow { Text = words.ModelText });
        var ngrams = NgramCounts.Of(words, fitted.Served);

        var expectedNgrams = expected.Features.Items().Where(f => f.Value != 0).Select(f => (f.Key, f.Value)).ToList();
        Assert.Equal(expectedNgrams, ngrams.Select(n => (n.Slot, (float)n.Count)));
        var probabilities = fitted.Served.Probabilities(ngrams.Select(n => (n.Slot, n.Count)));
        Assert.Equal(expected.Score.Length, probabilities.Length);
        for (var i = 0; i < probabilities.Length; i++) Assert.Equal(expected.Score[i], probabilities[i], 1e-5f);
    }

    /// <summary>The columns of ML.NET's scored row the comparison reads.</summary>
    private sealed class PipelineOutput
    {
        public float[] Score { get; set; } = [];
        public VBuffer<float> Features { get; set; }
    }
}
