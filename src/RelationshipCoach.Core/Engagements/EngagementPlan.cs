using System.Text;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Engagements;

/// <summary>The engagement written as a plan the rep can send the client: goals, responsibilities, expectations, phases with dates.</summary>
public static class EngagementPlan
{
    public static string Write(Engagement engagement, Language language)
    {
        string Say(string key, params object?[] args) => Texts.Default.Get(language, key, args);
        var plan = new StringBuilder();
        plan.AppendLine(Say("plan.heading", engagement.Title)).AppendLine();

        Section(plan, Say("plan.goals"), engagement.Goals, Say("plan.to-agree"));
        Section(plan, Say("plan.responsibilities"),
            engagement.Responsibilities.Select(r => $"{r.Work}: {r.Owner ?? Say("plan.owner-to-agree")}").ToList(), Say("plan.to-agree"));
        Section(plan, Say("plan.expectations"), engagement.Expectations, Say("plan.to-agree"));

        plan.AppendLine(Say("plan.phases"));
        for (var i = 0; i < engagement.Phases.Count; i++)
        {
            var phase = engagement.Phases[i];
            plan.AppendLine(Say("plan.phase-line", i + 1, phase.Name,
                EngagementDates.Short(phase.Start, language), EngagementDates.Short(phase.End, language)));
            if (phase.Goal is { } goal) plan.AppendLine("   " + Say("plan.phase-goal", goal));
        }
        return plan.ToString().TrimEnd();
    }

    private static void Section(StringBuilder plan, string heading, IReadOnlyList<string> items, string none)
    {
        plan.AppendLine(heading);
        foreach (var item in items.Count > 0 ? items : [none]) plan.AppendLine("- " + item);
        plan.AppendLine();
    }
}
