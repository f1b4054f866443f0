using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// At active intensity, one message near the end of each working day with what is still open (the same list as
/// "my open items"); nothing when nothing is open, and the series stops when the person turns intensity down.
/// </summary>
public sealed class EndOfDaySummaries(
    IUserDirectory users, ICallLog calls, OpenItemsHandler openItems, IMessenger messenger, Schedules schedules, IEndOfDayScheduler scheduler, TimeProvider clock)
{
    /// <summary>How long before the end of working hours the summary comes, so there is time to act on it.</summary>
    public static readonly Period Lead = Period.FromMinutes(30);

    public async Task StartAsync(UserProfile profile, CancellationToken ct)
    {
        var schedule = await schedules.ForAsync(profile, ct);
        await scheduler.ScheduleAsync(profile.Id, Next(schedule, Now), ct);
    }

    public async Task SendAsync(long userId, CancellationToken ct)
    {
        var profile = await users.FindAsync(userId, ct);
        if (profile is not { Intensity: NudgeIntensity.Active }) return;
        var schedule = await schedules.ForAsync(profile, ct);
        var now = Now;
        if (schedule.IsWorkingDay(now.InZone(schedule.Zone).Date) && (await calls.ListOpenAsync(userId, ct)).Count > 0)
        {
            var language = PreferredLanguage.Of(profile);
            var turn = new Turn(new Inbound(profile.Ref, "", now.ToDateTimeOffset()) { Action = new InboundAction("open-items", new Dictionary<string, string>()) },
                profile, language, schedule.Zone, now);
            foreach (var reply in await openItems.HandleAsync(turn, ct)) await messenger.SendAsync(profile.Ref, reply with { Kind = "open-items.end-of-day" }, ct);
        }
        await scheduler.ScheduleAsync(userId, Next(schedule, now + Duration.FromMinutes(1)), ct);
    }

    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    /// <summary>The next working day's end of hours less <see cref="Lead"/>, in the person's zone.</summary>
    private static Instant Next(PersonalSchedule schedule, Instant after)
    {
        var local = after.InZone(schedule.Zone).LocalDateTime;
        var end = schedule.Hours.End ?? new LocalTime(23, 59);
        for (var date = local.Date; ; date = date.PlusDays(1))
        {
            var at = date.At(end).Minus(Lead);
            if (at > local && schedule.IsWorkingDay(date)) return at.InZoneLeniently(schedule.Zone).ToInstant();
        }
    }
}

/// <summary>Wakes the coach for a person's end-of-day summary.</summary>
public interface IEndOfDayScheduler
{
    Task ScheduleAsync(long userId, Instant at, CancellationToken ct);
}
