namespace RelationshipCoach.Core.Guidance.Classifier;

/// <summary>
/// How much each of the rep's words pushed each idea up or down: every n-gram's count times the idea's weight,
/// shared out over the words (and repeated occurrences) the n-gram was read from. This is what lets the coach
/// show a weight learned for "ultim" or "pilot costs" as the words the rep actually wrote.
/// </summary>
internal static class WordCredit
{
    /// <returns>One row per idea, in the model's order, with one value per word.</returns>
    public static double[][] Of(SituationWords words, IReadOnlyList<NgramCount> ngrams, IdeaModel model)
    {
        var credit = model.Ideas.Select(_ => new double[words.Folded.Count]).ToArray();
        foreach (var gram in ngrams)
        {
            if (gram.Words.Count == 0) continue;
            for (var idea = 0; idea < credit.Length; idea++)
            {
                var share = gram.Count * model.Weight(gram.Slot, idea) / gram.Words.Count;
                foreach (var word in gram.Words) credit[idea][word] += share;
            }
        }
        return credit;
    }
}
