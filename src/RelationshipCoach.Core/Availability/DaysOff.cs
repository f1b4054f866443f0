using NodaTime;

namespace RelationshipCoach.Core.Availability;

/// <summary>The days a person does not work besides their weekly days off: public or company holidays, and their own absences.</summary>
public sealed record DaysOff(IReadOnlySet<LocalDate> Holidays, IReadOnlyList<DateInterval> Absences)
{
    public static readonly DaysOff None = new(new HashSet<LocalDate>(), []);

    public bool Contains(LocalDate date) => Holidays.Contains(date) || Absences.Any(a => a.Contains(date));

    public bool IsAbsent(LocalDate date) => Absences.Any(a => a.Contains(date));
}
