namespace RelationshipCoach.Core.Guidance;

/// <summary>Decides which ranked ideas are clear enough to give guidance on.</summary>
public static class IdeaSelection
{
    /// <summary>
    /// The lowest score an idea needs before the coach advises on it. With twelve ideas, a classifier that has no clue
    /// gives each about 0.08; a quarter of its confidence means the text clearly leans one way. Below that, one
    /// clarifying question costs the rep less than confident advice on the wrong idea.
    /// </summary>
    public const double MinimumScore = 0.25;

    /// <summary>
    /// A runner-up is shown only while it keeps this share of the score of the idea ranked just above it. A steep drop
    /// means the situation is about the ideas above the drop, and showing a weak idea beside them would dilute the advice.
    /// </summary>
    public const double MinimumShareOfPrevious = 0.6;

    /// <summary>More than three ideas at once is a lecture, not guidance.</summary>
    public const int MaximumIdeas = 3;

    /// <summary>The ideas to advise on, most relevant first; empty when none is clear enough.</summary>
    public static IReadOnlyList<RankedIdea> Choose(IEnumerable<RankedIdea> ranking)
    {
        var chosen = new List<RankedIdea>();
        foreach (var idea in ranking.OrderByDescending(r => r.Score))
        {
            if (chosen.Count == MaximumIdeas || idea.Score < MinimumScore) break;
            if (chosen.Count > 0 && idea.Score < chosen[^1].Score * MinimumShareOfPrevious) break;
            chosen.Add(idea);
        }
        return chosen;
    }
}
