using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// Sends a call's reminder when it falls due: loads the call, does nothing if it was confirmed or moved meanwhile,
/// records the reminder and its delivery in one transaction (so exactly one instance sends it, and an instance that
/// dies midway leaves the reminder due for another; the messenger calls the channel once it commits), then schedules
/// the follow-up.
/// </summary>
public sealed class ConfirmationReminders(
    ICallLog calls, IUserDirectory users, IMessenger messenger, ICallReminderScheduler scheduler, ITransactions transactions,
    Schedules schedules, TimeProvider clock)
{
    /// <summary>A trigger this much early still counts as due, absorbing clock differences between instances.</summary>
    private static readonly Duration Tolerance = Duration.FromSeconds(5);

    /// <summary>Sends the reminder if it is due; true when this call sent it.</summary>
    public async Task<bool> SendDueAsync(long callId, CancellationToken ct)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var call = await calls.GetAsync(callId, ct);
        if (call is not { Status: ConfirmationStatus.Open, NextReminderAt: { } dueAt }) return false;
        if (dueAt > now + Tolerance)
        {
            // Fired early, or re-run after an instance died between recording a reminder and scheduling the next:
            // the call's own state says when the reminder is due, so its trigger goes back there.
            await scheduler.ScheduleAsync(call.Id, dueAt, ct);
            return false;
        }
        var rep = await users.FindAsync(call.RepId, ct);
        if (rep is null) return false;

        var schedule = await schedules.ForAsync(rep, ct);
        var sent = call.RemindersSent + 1;
        var followUp = ConfirmationPolicy.FollowUp(sent, dueAt, schedule, rep.Intensity);
        var advanced = call with
        {
            RemindersSent = sent,
            NextReminderAt = followUp,
            Status = followUp is null ? ConfirmationStatus.Missed : ConfirmationStatus.Open,
        };
        var language = PreferredLanguage.Of(rep);
        var late = now - dueAt > ConfirmationPolicy.LateAfter;
        await using (var transaction = await transactions.BeginAsync(ct))
        {
            if (!await calls.TryAdvanceReminderAsync(advanced, call.RemindersSent, ct)) return false;
            try
            {
                await messenger.SendAsync(rep.Ref, ReminderReply.Build(advanced, rep.DisplayName, language, schedule.Zone, now, late, last: followUp is null), ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                await transaction.RollbackAsync(ct);
                await RetryLaterAsync(call, now, ct);
                throw;
            }
            await transaction.CommitAsync(ct);
        }
        if (followUp is { } next) await scheduler.ScheduleAsync(call.Id, next, ct);
        return true;
    }

    /// <summary>
    /// Goes through sending one reminder, to a placeholder rep about a call that does not exist, in a transaction it
    /// rolls back, so nothing remains. Run at start: otherwise the first reminders due together each wait while the
    /// database's queries and the code of this path are prepared for the first time, all at once.
    /// </summary>
    public async Task RehearseAsync(UserRef placeholder, CancellationToken ct)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        await calls.GetAsync(0, ct);
        await using var transaction = await transactions.BeginAsync(ct);
        var rep = await users.GetOrCreateAsync(placeholder, ct);
        var schedule = await schedules.ForAsync(rep, ct);
        var call = new Call(0, rep.Id, "-", "", now - Duration.FromHours(1), now) { NextReminderAt = now };
        var advanced = call with { RemindersSent = 1, NextReminderAt = ConfirmationPolicy.FollowUp(1, now, schedule, rep.Intensity) };
        await calls.TryAdvanceReminderAsync(advanced, call.RemindersSent, ct);
        await messenger.SendAsync(rep.Ref, ReminderReply.Build(advanced, rep.DisplayName, PreferredLanguage.Of(rep), schedule.Zone, now, late: false), ct);
        await transaction.RollbackAsync(ct);
    }

    /// <summary>A reminder whose delivery could not be recorded is not lost: the rollback left the call as it was, and the same reminder is tried again.</summary>
    private async Task RetryLaterAsync(Call before, Instant now, CancellationToken ct)
    {
        var retryAt = now + RetryDelay;
        await calls.UpdateAsync(before with { NextReminderAt = retryAt }, ct);
        await scheduler.ScheduleAsync(before.Id, retryAt, ct);
    }

    public static readonly Duration RetryDelay = Duration.FromMinutes(1);
}
