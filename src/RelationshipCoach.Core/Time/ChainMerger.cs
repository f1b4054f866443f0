namespace RelationshipCoach.Core.Time;

/// <summary>Picks the main chain and joins a lone date or clock time said elsewhere in the message ("tomorrow I'll call Acme at 3").</summary>
internal static class ChainMerger
{
    public static (Draft Draft, List<Chain> Used) Merge(List<Chain> chains)
    {
        var main = chains[0];
        foreach (var c in chains)
            if (c.Draft.Pieces > main.Draft.Pieces) main = c;
        var draft = main.Draft;
        var used = new List<Chain> { main };
        foreach (var c in chains)
        {
            if (c == main) continue;
            var o = c.Draft;
            if (OnlyClock(o) && !draft.HasTime && draft.Duration is null)
            {
                draft = draft.Clone();
                draft.Hour = o.Hour; draft.Minute = o.Minute; draft.HourShift = o.HourShift;
                draft.Am = o.Am; draft.Pm = o.Pm; draft.Clock24 = o.Clock24; draft.Eod = o.Eod;
                draft.Pod ??= o.Pod;
                used.Add(c);
            }
            else if (OnlyDay(o) && !draft.HasDate && !draft.Recurring && draft.Duration is null)
            {
                draft = draft.Clone();
                draft.Day = o.Day; draft.Month = o.Month; draft.Year = o.Year; draft.DayOffset = o.DayOffset;
                draft.Weekday = o.Weekday; draft.WeekdayThis = o.WeekdayThis; draft.NextWeek = o.NextWeek; draft.NextMonth = o.NextMonth;
                draft.Pod ??= o.Pod;
                used.Add(c);
            }
        }
        used.Sort((a, b) => a.First.CompareTo(b.First));
        return (draft, used);
    }

    private static bool OnlyClock(Draft o) => o.HasTime && !o.HasDate && !o.Recurring && o.Duration is null;

    private static bool OnlyDay(Draft o) => o.HasDate && !o.HasTime && !o.Recurring && o.Duration is null;
}
