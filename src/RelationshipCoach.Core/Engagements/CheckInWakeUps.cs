namespace RelationshipCoach.Core.Engagements;

/// <summary>Keeps an engagement's one pending wake-up at whatever falls due first for it, or removes it once nothing will.</summary>
public static class CheckInWakeUps
{
    public static Task ScheduleWakeAsync(this ICheckInScheduler scheduler, Engagement engagement, CheckIn? open, CancellationToken ct) =>
        CheckInPolicy.NextWake(engagement, open) is { } wake
            ? scheduler.ScheduleAsync(engagement.Id, wake, ct)
            : scheduler.CancelAsync(engagement.Id, ct);
}
