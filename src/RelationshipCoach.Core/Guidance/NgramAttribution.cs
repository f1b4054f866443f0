namespace RelationshipCoach.Core.Guidance;

/// <summary>
/// Maps the model's n-gram features back onto the words of a situation, so a weight learned for
/// "Char.u|l|t|i" or "Word.pilot|costs" can be credited to the words the rep actually wrote.
/// </summary>
internal sealed class NgramAttribution
{
    private const string WordPrefix = "Word.";
    private const string CharPrefix = "Char.";
    private const char TextStart = '\u0002';
    private const char TextEnd = '\u0003';

    private readonly string[]?[] _wordGrams;
    private readonly string?[] _charGrams;

    /// <param name="slotNames">The names ML.NET gives the feature slots: "Word.a|b" for word n-grams, "Char.a|b|c|d" for character n-grams.</param>
    public NgramAttribution(IReadOnlyList<string> slotNames)
    {
        _wordGrams = new string[]?[slotNames.Count];
        _charGrams = new string?[slotNames.Count];
        for (var i = 0; i < slotNames.Count; i++)
        {
            var name = slotNames[i];
            if (name.StartsWith(WordPrefix, StringComparison.Ordinal))
                _wordGrams[i] = name[WordPrefix.Length..].Split('|');
            else if (name.StartsWith(CharPrefix, StringComparison.Ordinal))
                _charGrams[i] = string.Concat(name[CharPrefix.Length..].Split('|').Select(DecodeChar));
        }
    }

    /// <summary>
    /// How much each word pushed each class up or down: every active feature's value times the class weight,
    /// shared out over the words (and repeated occurrences) the n-gram came from.
    /// </summary>
    /// <param name="features">The non-zero feature slots of the text and their values.</param>
    /// <param name="weights">The linear model's weights, one row per class.</param>
    public double[][] Credit(SituationWords words, IEnumerable<(int Slot, float Value)> features, IReadOnlyList<float[]> weights)
    {
        var credit = weights.Select(_ => new double[words.Folded.Count]).ToArray();
        var padded = TextStart + words.ModelText + TextEnd;
        var owner = CharOwners(words, padded.Length);
        var positions = new List<int>();
        foreach (var (slot, value) in features)
        {
            positions.Clear();
            if (_wordGrams[slot] is { } grams) AddWordGramPositions(grams, words.Folded, positions);
            else if (_charGrams[slot] is { } chars) AddCharGramPositions(chars, padded, owner, positions);
            if (positions.Count == 0) continue;
            for (var k = 0; k < weights.Count; k++)
            {
                var share = value * weights[k][slot] / positions.Count;
                foreach (var word in positions) credit[k][word] += share;
            }
        }
        return credit;
    }

    private static void AddWordGramPositions(string[] gram, IReadOnlyList<string> folded, List<int> positions)
    {
        for (var start = 0; start + gram.Length <= folded.Count; start++)
        {
            var match = true;
            for (var k = 0; k < gram.Length && match; k++) match = folded[start + k] == gram[k];
            if (!match) continue;
            for (var k = 0; k < gram.Length; k++) positions.Add(start + k);
        }
    }

    private static void AddCharGramPositions(string gram, string padded, int[] owner, List<int> positions)
    {
        for (var at = padded.IndexOf(gram, StringComparison.Ordinal); at >= 0; at = padded.IndexOf(gram, at + 1, StringComparison.Ordinal))
        {
            for (var c = at; c < at + gram.Length; c++)
            {
                if (owner[c] >= 0) positions.Add(owner[c]);
            }
        }
    }

    /// <summary>Which word each character of the padded model text belongs to; -1 for spaces and the start and end marks.</summary>
    private static int[] CharOwners(SituationWords words, int length)
    {
        var owner = Enumerable.Repeat(-1, length).ToArray();
        var position = 1;
        for (var w = 0; w < words.Folded.Count; w++)
        {
            for (var c = 0; c < words.Folded[w].Length; c++) owner[position + c] = w;
            position += words.Folded[w].Length + 1;
        }
        return owner;
    }

    private static string DecodeChar(string token) => token switch
    {
        "<␠>" => " ",
        "<␂>" => TextStart.ToString(),
        "<␃>" => TextEnd.ToString(),
        _ => token,
    };
}
