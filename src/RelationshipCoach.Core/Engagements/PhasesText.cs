using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// Reads phases written as "discovery until Dec 15, pilot until Jan 31" (or one per line): each has a name and an end
/// date; the first starts on the given day, each next one the day after the one before ends.
/// </summary>
public static class PhasesText
{
    public static PhasesReading Read(string text, LocalDate firstStart, ITimeExpressionRecognizer recognizer, Language language, LocalDateTime localNow, DateTimeZone zone)
    {
        var phases = new List<Phase>();
        var start = firstStart;
        foreach (var segment in Segments(text))
        {
            var expression = recognizer.Recognize(segment, language, localNow, zone);
            if (expression.Kind != TimeExpressionKind.Moment) expression = recognizer.Recognize(segment, null, localNow, zone);
            if (expression is not { Kind: TimeExpressionKind.Moment, Moment: { } end })
                return new PhasesReading(phases, Problem.Of("engagement.phase-no-date", segment));
            var name = expression.Remainder(segment);
            if (name.Length == 0) return new PhasesReading(phases, Problem.Of("engagement.phase-no-name", segment));
            if (name.Length > Phase.MaxNameLength) return new PhasesReading(phases, Problem.Of("engagement.phase-name-too-long", Phase.MaxNameLength));
            phases.Add(new Phase(name, start, end.Date) { Status = phases.Count == 0 ? PhaseStatus.Active : PhaseStatus.Planned });
            start = end.Date.PlusDays(1);
        }
        if (phases.Count == 0) return new PhasesReading(phases, Problem.Of("engagement.phases-missing"));
        return new PhasesReading(phases, PhaseRules.Check(phases, localNow.Date));
    }

    private static IEnumerable<string> Segments(string text)
    {
        var parts = text.Split(['\n', ';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Dec 15, 2026" is one date, not two phases: a bare year belongs to the part before it.
        for (var i = parts.Count - 1; i > 0; i--)
        {
            if (parts[i].Length == 4 && parts[i].All(char.IsDigit))
            {
                parts[i - 1] += ", " + parts[i];
                parts.RemoveAt(i);
            }
        }
        return parts;
    }
}

/// <summary>The phases read so far and, when reading stopped, why.</summary>
public sealed record PhasesReading(IReadOnlyList<Phase> Phases, Problem? Problem);
