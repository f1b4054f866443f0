using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;

namespace RelationshipCoach.Core.Tests.Guidance;

public class IdeaSelectionTests
{
    [Fact]
    public void Nothing_is_chosen_when_the_best_idea_is_below_the_threshold()
    {
        var analysis = Analyses.Of((IdeaIds.Loyalty, IdeaSelection.MinimumScore - 0.01));

        Assert.Empty(IdeaSelection.Choose(analysis.Ranking));
    }

    [Fact]
    public void An_idea_exactly_at_the_threshold_is_chosen()
    {
        var analysis = Analyses.Of((IdeaIds.Loyalty, IdeaSelection.MinimumScore));

        Assert.Equal([IdeaIds.Loyalty], IdeaSelection.Choose(analysis.Ranking).Select(r => r.IdeaId));
    }

    [Fact]
    public void Close_runners_up_are_chosen_in_order()
    {
        var analysis = Analyses.Of((IdeaIds.Equity, 0.4), (IdeaIds.Reciprocity, 0.5), (IdeaIds.Loyalty, 0.3));

        Assert.Equal([IdeaIds.Reciprocity, IdeaIds.Equity, IdeaIds.Loyalty], IdeaSelection.Choose(analysis.Ranking).Select(r => r.IdeaId));
    }

    [Fact]
    public void A_steep_drop_cuts_the_list_even_above_the_threshold()
    {
        var analysis = Analyses.Of((IdeaIds.Reciprocity, 0.9), (IdeaIds.Equity, 0.5), (IdeaIds.Loyalty, 0.45));

        Assert.Equal([IdeaIds.Reciprocity], IdeaSelection.Choose(analysis.Ranking).Select(r => r.IdeaId));
    }

    [Fact]
    public void At_most_three_ideas_are_chosen()
    {
        var analysis = Analyses.Of((IdeaIds.Reciprocity, 0.3), (IdeaIds.Equity, 0.3), (IdeaIds.Loyalty, 0.3), (IdeaIds.Autonomy, 0.3));

        Assert.Equal(IdeaSelection.MaximumIdeas, IdeaSelection.Choose(analysis.Ranking).Count);
    }
}
