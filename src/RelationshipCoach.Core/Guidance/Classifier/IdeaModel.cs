using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace RelationshipCoach.Core.Guidance.Classifier;

/// <summary>
/// The trained linear model as the coach serves it: a weight per idea for every word and character n-gram it knows,
/// found by the n-gram's text, and a bias per idea. Word n-grams are the folded words joined by single spaces,
/// character n-grams are five characters of the model text between a start and an end mark.
/// </summary>
internal sealed class IdeaModel
{
    /// <summary>Marks the start of the model text for character n-grams, as ML.NET's character tokenizer does.</summary>
    public const char TextStart = '\u0002';

    /// <summary>Marks the end of the model text for character n-grams.</summary>
    public const char TextEnd = '\u0003';

    public const int CharGramLength = 5;

    private const string FileMark = "relationship-coach idea model 1";

    private readonly string[] _ideas;
    private readonly float[] _biases;
    // Slot-major, so the ideas' weights for one n-gram sit side by side: a message touches a few dozen n-grams.
    private readonly float[] _weights;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordSlots;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _charSlots;

    /// <param name="weights">For each character n-gram, then each word n-gram, the weight of every idea in the order of <paramref name="ideas"/>.</param>
    public IdeaModel(string[] ideas, float[] biases, string[] charGrams, string[] wordGrams, float[] weights)
    {
        if (biases.Length != ideas.Length || weights.Length != (charGrams.Length + wordGrams.Length) * ideas.Length)
            throw new InvalidDataException("The model's weights do not match its ideas and n-grams.");
        _ideas = ideas;
        _biases = biases;
        _weights = weights;
        _charSlots = Index(charGrams, 0).GetAlternateLookup<ReadOnlySpan<char>>();
        _wordSlots = Index(wordGrams, charGrams.Length).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The idea ids in the order of <see cref="Probabilities"/>.</summary>
    public IReadOnlyList<string> Ideas => _ideas;

    public bool TryFindWordGram(ReadOnlySpan<char> words, out int slot) => _wordSlots.TryGetValue(words, out slot);

    public bool TryFindCharGram(ReadOnlySpan<char> chars, out int slot) => _charSlots.TryGetValue(chars, out slot);

    public float Weight(int slot, int idea) => _weights[slot * _ideas.Length + idea];

    /// <summary>The softmax of each idea's bias plus its weights times the n-grams' counts: the model's probability per idea.</summary>
    public float[] Probabilities(IEnumerable<(int Slot, int Count)> ngrams)
    {
        var scores = _biases.Select(b => (double)b).ToArray();
        foreach (var (slot, count) in ngrams)
        {
            var row = _weights.AsSpan(slot * scores.Length, scores.Length);
            for (var idea = 0; idea < scores.Length; idea++) scores[idea] += count * row[idea];
        }
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var total = exp.Sum();
        return exp.Select(e => (float)(e / total)).ToArray();
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FileMark);
        WriteStrings(writer, _ideas);
        WriteStrings(writer, InSlotOrder(_charSlots.Dictionary));
        WriteStrings(writer, InSlotOrder(_wordSlots.Dictionary));
        writer.Write(MemoryMarshal.AsBytes(_biases.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    /// <exception cref="InvalidDataException">The stream holds something else, or a model cut short.</exception>
    public static IdeaModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != FileMark) throw new InvalidDataException("Not an idea model.");
            var ideas = ReadStrings(reader);
            var charGrams = ReadStrings(reader);
            var wordGrams = ReadStrings(reader);
            var biases = new float[ideas.Length];
            stream.ReadExactly(MemoryMarshal.AsBytes(biases.AsSpan()));
            var weights = new float[(charGrams.Length + wordGrams.Length) * ideas.Length];
            stream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
            return new IdeaModel(ideas, biases, charGrams, wordGrams, weights);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The idea model ends early.", e);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("A string in the idea model is garbled.", e);
        }
    }

    private static FrozenDictionary<string, int> Index(string[] grams, int firstSlot) =>
        grams.Select((gram, i) => KeyValuePair.Create(gram, firstSlot + i)).ToFrozenDictionary(StringComparer.Ordinal);

    private static string[] InSlotOrder(FrozenDictionary<string, int> slots) => slots.OrderBy(g => g.Value).Select(g => g.Key).ToArray();

    private static void WriteStrings(BinaryWriter writer, string[] strings)
    {
        writer.Write(strings.Length);
        foreach (var s in strings) writer.Write(s);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        // Every string takes at least a byte, so a count beyond the stream's length is a damaged file, not an allocation to try.
        if (count < 0 || count > reader.BaseStream.Length) throw new InvalidDataException("An impossible count in the idea model.");
        var strings = new string[count];
        for (var i = 0; i < count; i++) strings[i] = reader.ReadString();
        return strings;
    }
}
