using NodaTime;
using RelationshipCoach.Core.Calls;

namespace RelationshipCoach.Core.Digests;

/// <summary>Builds a lead's digest from the week's facts: a pure function, so every rule is tested with fixed data.</summary>
public static class DigestBuilder
{
    /// <summary>Ideas a rep asked about most, listed per rep.</summary>
    public const int TopIdeas = 3;

    public static Digest Build(DigestFacts facts)
    {
        var period = facts.Period;
        var reps = facts.Reps.Where(r => r.LeftAt is not { } left || left >= period.Start).ToList();
        var summaries = reps.Select(r => Summarize(r, period)).ToList();
        var nudges = reps.Zip(summaries).SelectMany(p => NudgeRules.For(p.First, p.Second, period))
            .OrderByDescending(n => n.Priority).ThenBy(n => n.RepName, StringComparer.Ordinal).ThenBy(n => n.Client, StringComparer.Ordinal)
            .Take(NudgeRules.MaxNudges).ToList();
        if (nudges.Count == 0 && NudgeRules.Fallback(summaries) is { } thanks) nudges.Add(thanks);
        return new Digest(facts.Lead, period, summaries, nudges, Trend(reps, period));
    }

    /// <summary>One rep's week, counted only until they left the team: what they did afterwards is no longer the lead's to see.</summary>
    public static RepSummary Summarize(RepFacts rep, DigestPeriod period)
    {
        var end = rep.LeftAt is { } left && left < period.End ? left : period.End;
        var held = rep.Calls.Where(c => c.HeldAt >= period.Start && c.HeldAt < end).ToList();
        var waiting = rep.Calls.Where(c => c.Status == ConfirmationStatus.Open && c.HeldAt < end).ToList();
        var guidance = rep.Guidance.Where(g => g.At >= period.Start && g.At < end).ToList();
        var checkIns = rep.Engagement.CheckIns.Where(c => c.DueAt >= period.Start && c.DueAt < end).ToList();
        var next = period.Next;
        return new RepSummary(rep.RepId, rep.Name, rep.LeftAt is { } l && l < period.End ? l : null)
        {
            CallsLogged = held.Count,
            OnTime = held.Count(c => c.Outcome == ConfirmationOutcome.OnTime),
            Late = held.Count(c => c.Outcome == ConfirmationOutcome.Late),
            Missed = held.Count(c => c.Outcome == ConfirmationOutcome.Missed),
            StillOpen = waiting.Count,
            OldestOpenAge = waiting.Count > 0 ? end - waiting.Min(c => c.HeldAt) : null,
            Ideas = Ideas(guidance),
            CheckInsAnswered = checkIns.Count(c => c.Answered),
            CheckInsMissed = checkIns.Count(c => !c.Answered),
            PhasesAtRisk = rep.LeftAt is null ? rep.Engagement.Phases.Where(p => p.AtRisk).ToList() : [],
            PhasesEndingNextWeek = rep.LeftAt is null
                ? rep.Engagement.Phases.Where(p => p.Ends >= next.FirstDay && p.Ends < next.End.InZone(period.Zone).Date).ToList()
                : [],
            DaysAway = DaysAway(rep.Away, period),
        };
    }

    private static int DaysAway(IReadOnlyList<DateInterval> away, DigestPeriod period)
    {
        var last = (period.End - Duration.FromMilliseconds(1)).InZone(period.Zone).Date;
        var count = 0;
        for (var day = period.FirstDay; day <= last; day = day.PlusDays(1))
            if (away.Any(a => a.Contains(day))) count++;
        return count;
    }

    private static List<IdeaTally> Ideas(List<GuidanceEvent> events) =>
        events.GroupBy(e => e.IdeaId, StringComparer.Ordinal)
            .Select(g => new IdeaTally(g.Key,
                g.Count(e => e.Kind == GuidanceEventKind.Shown),
                g.Count(e => e.Kind == GuidanceEventKind.Helped),
                g.Count(e => e.Kind == GuidanceEventKind.Unhelpful)))
            .Where(t => t.Asked > 0 || t.Helped + t.Unhelpful > 0)
            .OrderByDescending(t => t.Asked).ThenByDescending(t => t.Helped + t.Unhelpful).ThenBy(t => t.IdeaId, StringComparer.Ordinal)
            .Take(TopIdeas).ToList();

    /// <summary>The team's on-time confirmation rate and check-in rate for each of the last eight weeks, oldest first.</summary>
    private static List<TrendPoint> Trend(List<RepFacts> reps, DigestPeriod period)
    {
        var points = new List<TrendPoint>(DigestFacts.TrendWeeks);
        for (var back = DigestFacts.TrendWeeks - 1; back >= 0; back--)
        {
            var week = period.WeeksBack(back);
            int onTime = 0, settled = 0, answered = 0, due = 0;
            foreach (var rep in reps)
            {
                var end = rep.LeftAt is { } left && left < week.End ? left : week.End;
                foreach (var call in rep.Calls)
                {
                    if (call.HeldAt < week.Start || call.HeldAt >= end) continue;
                    if (call.Outcome is ConfirmationOutcome.OnTime) onTime++;
                    if (call.Outcome is ConfirmationOutcome.OnTime or ConfirmationOutcome.Late or ConfirmationOutcome.Missed) settled++;
                }
                foreach (var checkIn in rep.Engagement.CheckIns)
                {
                    if (checkIn.DueAt < week.Start || checkIn.DueAt >= end) continue;
                    due++;
                    if (checkIn.Answered) answered++;
                }
            }
            points.Add(new TrendPoint(week.FirstDay, settled > 0 ? (double)onTime / settled : null, due > 0 ? (double)answered / due : null));
        }
        return points;
    }
}
