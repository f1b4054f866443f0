using NodaTime;

namespace RelationshipCoach.Core.Availability;

/// <summary>Where the coach keeps people's absences (out of office), each a range of whole days in their own calendar.</summary>
public interface IAbsenceLog
{
    /// <summary>The person's absences that end on or after the given day.</summary>
    Task<IReadOnlyList<DateInterval>> CurrentAsync(long userId, LocalDate from, CancellationToken ct);

    /// <summary>Replaces any absence overlapping the new one, so that saying it twice does not stack.</summary>
    Task SetAsync(long userId, DateInterval absence, CancellationToken ct);

    /// <summary>Ends every absence that covers the given day at the day before; true when there was one.</summary>
    Task<bool> EndAsync(long userId, LocalDate today, CancellationToken ct);
}
