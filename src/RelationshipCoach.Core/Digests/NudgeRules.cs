using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// The rules that turn a rep's week into suggestions for the lead, most urgent first: confirmations still missing,
/// engagements at risk, check-ins missed, late confirmations, ideas that did not help, phases ending, silence, and thanks.
/// </summary>
public static class NudgeRules
{
    /// <summary>A lead reads a handful; more would bury the one that matters.</summary>
    public const int MaxNudges = 5;

    /// <summary>One unconfirmed call is worth a nudge once it has waited this long; two or more always are.</summary>
    public static readonly Duration UnconfirmedAfter = Duration.FromDays(2);

    /// <summary>The nudges for one rep who is still in the team.</summary>
    public static IEnumerable<Nudge> For(RepFacts rep, RepSummary week, DigestPeriod period)
    {
        if (week.HasLeft) yield break;
        foreach (var nudge in Unconfirmed(rep, period)) yield return nudge;
        foreach (var phase in week.PhasesAtRisk)
            yield return new Nudge(NudgeKind.PhaseAtRisk, rep.RepId, rep.Name, 90) { Client = phase.Client, Detail = phase.Phase };
        foreach (var group in rep.Engagement.CheckIns.Where(c => !c.Answered && period.Contains(c.DueAt)).GroupBy(c => c.Client))
            yield return new Nudge(NudgeKind.MissedCheckIns, rep.RepId, rep.Name, 70 + 5 * group.Count()) { Client = group.Key, Count = group.Count() };
        var settled = week.OnTime + week.Late + week.Missed;
        if (week.Late >= 2 && week.Late >= week.OnTime)
            yield return new Nudge(NudgeKind.LateConfirmations, rep.RepId, rep.Name, 60 + week.Late) { Count = week.Late, Total = settled };
        foreach (var idea in week.Ideas.Where(i => i.Unhelpful >= 2 && i.Unhelpful > i.Helped))
            yield return new Nudge(NudgeKind.IdeaNotHelping, rep.RepId, rep.Name, 50) { Detail = idea.IdeaId, Count = idea.Unhelpful };
        foreach (var phase in week.PhasesEndingNextWeek.Where(p => !p.AtRisk))
            yield return new Nudge(NudgeKind.PhaseEnding, rep.RepId, rep.Name, 40)
            {
                Client = phase.Client, Detail = phase.Phase, At = phase.Ends.AtStartOfDayInZone(period.Zone).ToInstant(),
            };
        if (week.CallsLogged == 0 && rep.Calls.Any(c => c.HeldAt < period.Start))
            yield return new Nudge(NudgeKind.NoCallsLogged, rep.RepId, rep.Name, 30);
        if (week.OnTime >= 3 && week.Late == 0 && week.Missed == 0 && week.StillOpen == 0)
            yield return new Nudge(NudgeKind.Thanks, rep.RepId, rep.Name, 10) { Count = week.OnTime };
    }

    /// <summary>
    /// A week with something to read but nothing to fix still gets one nudge: thanks to whoever confirmed the most on time.
    /// </summary>
    public static Nudge? Fallback(IReadOnlyList<RepSummary> reps) =>
        reps.Where(r => !r.HasLeft && r.OnTime > 0).OrderByDescending(r => r.OnTime).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new Nudge(NudgeKind.Thanks, r.RepId, r.Name, 10) { Count = r.OnTime }).FirstOrDefault();

    /// <summary>A confirmation missed longer ago than this is history, not something a nudge can still fix.</summary>
    public static readonly Duration RecentWindow = Duration.FromDays(14);

    /// <summary>Recent calls still awaiting confirmation, per client: many of them, or one that has waited long, is worth asking about.</summary>
    private static IEnumerable<Nudge> Unconfirmed(RepFacts rep, DigestPeriod period)
    {
        var waiting = rep.Calls.Where(c => c.AwaitsConfirmation && c.HeldAt < period.End && c.HeldAt >= period.End - RecentWindow)
            .GroupBy(c => c.Client, StringComparer.OrdinalIgnoreCase);
        foreach (var client in waiting)
        {
            var oldest = client.Min(c => c.HeldAt);
            var age = period.End - oldest;
            var count = client.Count();
            if (count < 2 && age < UnconfirmedAfter) continue;
            yield return new Nudge(NudgeKind.Unconfirmed, rep.RepId, rep.Name, 100 + 10 * Math.Min(count, 5) + Math.Min((int)age.TotalDays, 9))
            {
                Client = client.First().Client, Count = count, At = oldest,
            };
        }
    }
}
