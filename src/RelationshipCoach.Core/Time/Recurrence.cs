using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;

namespace RelationshipCoach.Core.Time;

/// <summary>A repeating schedule as an RFC 5545 RRULE, anchored at the moment it was recognized.</summary>
public sealed record Recurrence(string RRule, LocalDateTime Anchor)
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public Instant NextAfter(Instant after, DateTimeZone zone) => Next(after, zone, 1)[0];

    /// <summary>The next <paramref name="count"/> occurrences strictly after <paramref name="after"/>, evaluated by Ical.Net in the user's zone.</summary>
    public IReadOnlyList<Instant> Next(Instant after, DateTimeZone zone, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var start = FirstOccurrence();
        var from = LocalDateTime.Max(start, after.InZone(zone).LocalDateTime.PlusDays(-2));
        var result = new List<Instant>(count);
        foreach (var local in Evaluate(new RecurrencePattern(RRule), start, from))
        {
            var instant = ZoneResolution.ToInstant(local, zone);
            if (instant <= after) continue;
            result.Add(instant);
            if (result.Count == count) break;
        }
        return result;
    }

    /// <summary>The series starts at the first match after the anchor, so "every 2 weeks on Thursday" begins on the coming Thursday.</summary>
    private LocalDateTime FirstOccurrence()
    {
        foreach (var local in Evaluate(new RecurrencePattern(RRule) { Interval = 1 }, Anchor.Date.AtMidnight(), Anchor))
            if (local > Anchor) return local;
        throw new InvalidOperationException($"RRULE {RRule} has no occurrence.");
    }

    private static IEnumerable<LocalDateTime> Evaluate(RecurrencePattern pattern, LocalDateTime dtStart, LocalDateTime from)
    {
        var calendarEvent = new CalendarEvent { DtStart = Floating(dtStart), RecurrenceRule = pattern };
        foreach (var occurrence in calendarEvent.GetOccurrences(Floating(from)))
        {
            var s = occurrence.Period.StartTime;
            yield return new LocalDateTime(s.Year, s.Month, s.Day, s.Hour, s.Minute, s.Second);
        }
    }

    private static CalDateTime Floating(LocalDateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, null);
}
