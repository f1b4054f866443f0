namespace RelationshipCoach.Core.Engagements;

/// <summary>What the written plan still leaves unclear: goals, owners and expectations agreed at the start prevent most disputes later.</summary>
public static class EngagementGaps
{
    public static IReadOnlyList<Problem> Find(Engagement engagement)
    {
        var gaps = new List<Problem>();
        if (engagement.Goals.Count == 0) gaps.Add(Problem.Of("gap.no-goals"));
        if (engagement.Responsibilities.Count == 0) gaps.Add(Problem.Of("gap.no-responsibilities"));
        gaps.AddRange(engagement.Responsibilities.Where(r => r.Owner is null).Select(r => Problem.Of("gap.no-owner", r.Work)));
        if (engagement.Expectations.Count == 0) gaps.Add(Problem.Of("gap.no-expectations"));
        for (var i = 0; i < engagement.Phases.Count; i++)
            if (engagement.Phases[i].Goal is null) gaps.Add(Problem.Of("gap.phase-no-goal", i + 1, engagement.Phases[i].Name));
        return gaps;
    }
}
