using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Delivery;

/// <summary>
/// Every proactive message passes here before its channel: outside the person's working time (weekends, holidays,
/// absences, after hours) it waits for their next working time, and beyond <see cref="CoachOptions.MaxProactivePerDay"/>
/// a day the rest wait for the next working morning and arrive as one combined message. A message its channel fails to
/// take is retried with growing pauses for up to <see cref="GiveUpAfter"/>, then recorded as failed. Nothing is dropped silently.
/// </summary>
public sealed class ConsiderateMessenger(
    IMessenger channel, IUserDirectory users, Schedules schedules, IDeliveryLedger ledger, IHeldMessageScheduler wakeUps,
    ITransactions transactions, IAfterCommitSends afterCommit, CoachOptions options, TimeProvider clock)
    : IMessenger
{
    public const string CombinedKind = "held.combined";

    public static readonly Duration GiveUpAfter = Duration.FromHours(24);

    /// <summary>The pause before the next attempt: 1, 2, 4 … minutes, at most an hour.</summary>
    public static Duration Backoff(int attempts) => Duration.FromMinutes(Math.Min(60, 1 << Math.Min(attempts - 1, 6)));

    public async Task SendAsync(UserRef to, Reply reply, CancellationToken ct)
    {
        var profile = await users.GetOrCreateAsync(to, ct);
        var schedule = await schedules.ForAsync(profile, ct);
        var now = Now;
        var next = schedule.NextWorkingInstant(now);
        if (next > now) await HoldAsync(profile, reply, next, ct);
        else if (await SentTodayAsync(profile, schedule, now, ct) >= options.MaxProactivePerDay) await HoldAsync(profile, reply, schedule.NextWorkingMorning(now), ct);
        else await DeliverAsync(profile, reply, now, ct);
    }

    /// <summary>Delivers what was held for a person once they may be reached: alone if it is one message, combined if more.</summary>
    public async Task FlushAsync(long userId, CancellationToken ct)
    {
        var profile = await users.FindAsync(userId, ct);
        if (profile is null) return;
        var schedule = await schedules.ForAsync(profile, ct);
        var now = Now;
        var next = schedule.NextWorkingInstant(now);
        if (next > now || await SentTodayAsync(profile, schedule, now, ct) >= options.MaxProactivePerDay)
        {
            await wakeUps.ScheduleAsync(userId, next > now ? next : schedule.NextWorkingMorning(now), ct);
            return;
        }
        var held = await ledger.TakeDueAsync(userId, now, ct);
        if (held.Count > 0)
        {
            var failure = held.Where(h => h.Failure is not null).Select(h => h.Failure).MinBy(f => f!.FirstFailedAt);
            await DeliverAsync(profile, held.Count == 1 ? held[0].Reply : Combined(profile, held.Select(h => h.Reply).ToList()), now, ct, failure);
        }
        // This wake-up is spent; what is held for later needs the next one (also when this instance's clock is a little behind the one that held it).
        await WakeForEarliestAsync(userId, ct);
    }

    /// <summary>
    /// Sets every held person's wake-up again, at start: a wake-up lost to a crash or a stop (one set after a commit,
    /// or a message whose send after the commit never finished) would otherwise leave messages waiting for good.
    /// </summary>
    public async Task WakeEveryoneHeldAsync(CancellationToken ct)
    {
        foreach (var (userId, earliest) in await ledger.EarliestHoldsAsync(ct)) await wakeUps.ScheduleAsync(userId, earliest, ct);
    }

    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    private async Task HoldAsync(UserProfile profile, Reply reply, Instant until, CancellationToken ct, DeliveryFailure? failure = null)
    {
        await ledger.HoldAsync(profile.Id, reply, until, failure, ct);
        await WakeForEarliestAsync(profile.Id, ct);
    }

    /// <summary>
    /// A person has one wake-up, so it is set for the earliest of everything held: set for the message just held,
    /// it would postpone a retry due sooner or, once spent, strand a message held for longer.
    /// </summary>
    private async Task WakeForEarliestAsync(long userId, CancellationToken ct)
    {
        if (await ledger.EarliestHoldAsync(userId, ct) is { } earliest) await wakeUps.ScheduleAsync(userId, earliest, ct);
    }

    private async Task DeliverAsync(UserProfile profile, Reply reply, Instant now, CancellationToken ct, DeliveryFailure? earlier = null)
    {
        if (!transactions.InTransaction)
        {
            if (await TryChannelAsync(profile, reply, now, earlier, ct)) await ledger.RecordSentAsync(profile.Id, now, ct);
            return;
        }
        // Inside a transaction (a reminder being recorded) the channel is called once it commits: a send to Slack or
        // Teams can take seconds with their pace and retries, and the transaction's locks (on SQLite the whole
        // database's write lock) would be held all that time. Meanwhile the message is held, so that an instance
        // dying in between delays it instead of losing it, and counted as sent, so that reminders decided after it
        // see the day's cap as it will be (one whose channel then fails counts twice, holding a later one back).
        var heldId = await ledger.HoldAsync(profile.Id, reply, now + Duration.FromTimeSpan(options.SendHold), earlier, ct);
        var message = new InFlightMessage(profile, reply, heldId, now, earlier);
        await ledger.RecordSentAsync(profile.Id, now, ct);
        await transactions.AfterCommitAsync(_ =>
        {
            afterCommit.Start(message);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Hands a message decided inside a transaction to its channel once that has committed, then releases its held copy.</summary>
    public async Task SendInFlightAsync(InFlightMessage message, CancellationToken ct)
    {
        await TryChannelAsync(message.Profile, message.Reply, message.DecidedAt, message.Earlier, ct);
        await ledger.ReleaseAsync(message.HeldId, ct);
    }

    /// <summary>Hands the message to its channel; one the channel does not take is held for a retry, or recorded as failed after a day of them.</summary>
    private async Task<bool> TryChannelAsync(UserProfile profile, Reply reply, Instant now, DeliveryFailure? earlier, CancellationToken ct)
    {
        try
        {
            await channel.SendAsync(profile.Ref, reply, ct);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = $"{e.GetType().Name}: {e.Message}";
            var failure = new DeliveryFailure(earlier?.FirstFailedAt ?? now, (earlier?.Attempts ?? 0) + 1, reason.Length > 300 ? reason[..300] : reason);
            if (now - failure.FirstFailedAt >= GiveUpAfter) await ledger.RecordFailedAsync(profile.Id, reply, failure, ct);
            else await HoldAsync(profile, reply, now + Backoff(failure.Attempts), ct, failure);
            return false;
        }
    }

    private Task<int> SentTodayAsync(UserProfile profile, PersonalSchedule schedule, Instant now, CancellationToken ct)
    {
        var today = now.InZone(schedule.Zone).Date;
        return ledger.CountSentAsync(profile.Id, today.AtStartOfDayInZone(schedule.Zone).ToInstant(),
            today.PlusDays(1).AtStartOfDayInZone(schedule.Zone).ToInstant(), ct);
    }

    private static Reply Combined(UserProfile profile, IReadOnlyList<Reply> held)
    {
        var language = PreferredLanguage.Of(profile);
        string Say(string key, params object?[] args) => Texts.Default.Get(language, key, args);
        return new Reply
        {
            Kind = CombinedKind,
            Title = Say("held.title", held.Count),
            Blocks = [new TextBlock(Say("held.intro"))],
            Facts = held.Select((r, i) => new Fact((i + 1).ToString(), r.Title ?? r.Blocks.FirstOrDefault()?.Text ?? r.Kind)).ToList(),
            Actions =
            [
                new ReplyAction("open-items", Say("open-items.action"), ActionStyle.Primary),
                new ReplyAction("settings", Say("settings.action")),
            ],
        };
    }
}
