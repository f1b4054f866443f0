namespace RelationshipCoach.Core.Guidance.Classifier;

/// <summary>One n-gram of a situation the model knows: its slot, how often it occurs, and the words it was read from.</summary>
/// <param name="Words">For every occurrence, the position of each word it covers; a character n-gram lists a word once per character it takes from it.</param>
internal sealed record NgramCount(int Slot, List<int> Words)
{
    public int Count { get; set; }
}

/// <summary>
/// Reads the n-grams the model knows out of a situation's words, exactly as the training pipeline featurized its
/// texts: word 1- and 2-grams of the folded words, character 5-grams of the model text between a start and an end
/// mark, each counted; unknown n-grams are left out.
/// </summary>
internal static class NgramCounts
{
    public static IReadOnlyList<NgramCount> Of(SituationWords words, IdeaModel model)
    {
        var found = new Dictionary<int, NgramCount>();
        var text = words.ModelText;
        var starts = WordStarts(words);
        for (var w = 0; w < words.Folded.Count; w++)
        {
            if (model.TryFindWordGram(text.AsSpan(starts[w], words.Folded[w].Length), out var slot)) Add(found, slot, w);
            if (w + 1 < words.Folded.Count &&
                model.TryFindWordGram(text.AsSpan(starts[w], starts[w + 1] - starts[w] + words.Folded[w + 1].Length), out slot))
                Add(found, slot, w, w + 1);
        }

        var padded = IdeaModel.TextStart + text + IdeaModel.TextEnd;
        var owner = CharOwners(words, starts, padded.Length);
        for (var at = 0; at + IdeaModel.CharGramLength <= padded.Length; at++)
        {
            if (!model.TryFindCharGram(padded.AsSpan(at, IdeaModel.CharGramLength), out var slot)) continue;
            var gram = Add(found, slot);
            for (var c = at; c < at + IdeaModel.CharGramLength; c++)
            {
                if (owner[c] >= 0) gram.Words.Add(owner[c]);
            }
        }
        // In slot order, as the trained pipeline lists a vector's values, so credits add up in the same order.
        return found.Values.OrderBy(g => g.Slot).ToList();
    }

    private static NgramCount Add(Dictionary<int, NgramCount> found, int slot, params ReadOnlySpan<int> words)
    {
        if (!found.TryGetValue(slot, out var gram)) found.Add(slot, gram = new NgramCount(slot, []));
        gram.Count++;
        gram.Words.AddRange(words);
        return gram;
    }

    private static int[] WordStarts(SituationWords words)
    {
        var starts = new int[words.Folded.Count];
        for (var w = 1; w < starts.Length; w++) starts[w] = starts[w - 1] + words.Folded[w - 1].Length + 1;
        return starts;
    }

    /// <summary>Which word each character of the padded model text belongs to; -1 for spaces and the start and end marks.</summary>
    private static int[] CharOwners(SituationWords words, int[] starts, int length)
    {
        var owner = new int[length];
        Array.Fill(owner, -1);
        for (var w = 0; w < starts.Length; w++) owner.AsSpan(1 + starts[w], words.Folded[w].Length).Fill(w);
        return owner;
    }
}
