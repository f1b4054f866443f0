using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Core.Tests.Engagements;

public sealed class CheckInFlowTests
{
    [Fact]
    public async Task The_working_morning_after_a_phase_ends_brings_a_check_in_that_asks_to_close_it()
    {
        // Phase ends Wednesday 16 Dec; the weekly check-in is on Mondays; working hours Mon-Fri 08:00-18:00.
        var world = new EngagementWorld(new LocalDateTime(2026, 12, 14, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Dec 16, pilot until Jan 31");

        Assert.Equal(new LocalDateTime(2026, 12, 17, 8, 0), world.Local(world.Scheduler.Pending[engagement.Id]));
        await world.FireAsync(engagement.Id);

        var checkIn = Assert.Single(world.Store.CheckIns);
        Assert.Equal(CheckInKind.Close, checkIn.Kind);
        var sent = Assert.Single(world.Messenger.Sent);
        Assert.Contains("was planned to end on 16 Dec 2026", sent.PlainText);
        Assert.Contains(sent.Actions, a => a.Id == "checkin.close");
        var stored = (await world.Store.GetAsync(engagement.Id, CancellationToken.None))!;
        Assert.Equal(new LocalDateTime(2026, 12, 21, 9, 0), world.Local(stored.NextCheckInAt!.Value));
    }

    [Fact]
    public async Task An_unanswered_check_in_is_asked_again_the_next_working_morning_and_then_counted_missed()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Jun 30");
        await world.Updates.SaveAsync(world.Turn(), engagement with
        {
            Schedule = CheckInSchedule.Read("every month on the 1st", world.Recognizer, null, world.LocalNow, EngagementWorld.Berlin)!,
        }, [], replan: true, CancellationToken.None);

        var asked = await world.FireAsync(engagement.Id);
        var askedAgain = await world.FireAsync(engagement.Id);
        var missed = await world.FireAsync(engagement.Id);

        Assert.Equal(new LocalDateTime(2026, 12, 1, 9, 0), world.Local(asked));
        Assert.Equal(new LocalDateTime(2026, 12, 2, 8, 0), world.Local(askedAgain));
        Assert.Equal(new LocalDateTime(2026, 12, 3, 8, 0), world.Local(missed));
        Assert.Equal(2, world.Messenger.Sent.Count);
        Assert.Contains("Asking again", world.Messenger.Sent[1].PlainText);
        Assert.Equal(CheckInState.Missed, Assert.Single(world.Store.CheckIns).State);
        Assert.Equal(new LocalDateTime(2027, 1, 1, 9, 0), world.Local(world.Scheduler.Pending[engagement.Id]));
    }

    [Fact]
    public async Task A_check_in_falling_due_during_an_absence_is_neither_sent_nor_counted_missed()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Jun 30");
        var handler = new RelationshipCoach.Core.Availability.AbsenceHandler(world.Absences, world.Recognizer);
        var said = await handler.HandleAsync(world.Turn("Urlaub bis 10.12.") with { Language = RelationshipCoach.Core.Languages.Language.De }, CancellationToken.None);
        Assert.Equal("absence.set", said[0].Kind);

        var firstDue = await world.FireAsync(engagement.Id);
        Assert.Equal(new LocalDateTime(2026, 11, 30, 9, 0), world.Local(firstDue));
        Assert.Empty(world.Messenger.Sent);
        Assert.Empty(world.Store.CheckIns);

        var nextDue = await world.FireAsync(engagement.Id);
        Assert.Equal(new LocalDateTime(2026, 12, 7, 9, 0), world.Local(nextDue));
        Assert.Empty(world.Messenger.Sent);

        var afterReturn = await world.FireAsync(engagement.Id);
        Assert.Equal(new LocalDateTime(2026, 12, 14, 9, 0), world.Local(afterReturn));
        Assert.Single(world.Messenger.Sent);
        Assert.DoesNotContain(world.Store.CheckIns, c => c.State == CheckInState.Missed);
    }

    [Fact]
    public async Task A_second_firing_of_the_same_wake_up_sends_nothing()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Jun 30");
        var due = await world.FireAsync(engagement.Id);

        Assert.False(await world.DueCheckIns.RunAsync(engagement.Id, CancellationToken.None));
        Assert.Single(world.Messenger.Sent);
        Assert.Equal(due, world.Clock.Now);
    }

    [Fact]
    public async Task Closing_each_phase_starts_the_next_and_closing_the_last_completes_the_engagement()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Dec 15, pilot until Jan 31");
        var handler = new PhaseCloseHandler(new RepEngagements(world.Store), world.Store, world.Updates, world.Recognizer);
        var close = EngagementWorld.Click("engagement.close-phase", ("engagementId", engagement.Id.ToString()));

        var first = await handler.HandleAsync(world.Turn(action: close), CancellationToken.None);
        var afterFirst = (await world.Store.GetAsync(engagement.Id, CancellationToken.None))!;
        Assert.Equal("engagement.phase.closed", first[0].Kind);
        Assert.Equal([PhaseStatus.Done, PhaseStatus.Active], afterFirst.Phases.Select(p => p.Status));
        Assert.Equal(EngagementStatus.Active, afterFirst.Status);

        var last = await handler.HandleAsync(world.Turn(action: close), CancellationToken.None);
        var completed = (await world.Store.GetAsync(engagement.Id, CancellationToken.None))!;
        Assert.Equal("engagement.completed", last[0].Kind);
        Assert.Contains(last[0].Inputs, i => i.Id == "retrospective");
        Assert.Equal(EngagementStatus.Completed, completed.Status);
        Assert.Null(completed.NextCheckInAt);
        Assert.False(world.Scheduler.Pending.ContainsKey(engagement.Id));
    }

    [Fact]
    public async Task Extending_a_phase_moves_the_next_phase_start_and_refuses_a_past_date()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Dec 15, pilot until Jan 31");
        var handler = new PhaseCloseHandler(new RepEngagements(world.Store), world.Store, world.Updates, world.Recognizer);
        InboundAction Extend(string newEnd) => EngagementWorld.Click("checkin.extend", ("engagementId", engagement.Id.ToString()), ("newEnd", newEnd));

        var refused = await handler.HandleAsync(world.Turn(action: Extend("2026-11-01")), CancellationToken.None);
        Assert.Equal(engagement, await world.Store.GetAsync(engagement.Id, CancellationToken.None));
        Assert.Contains("already passed", refused[0].PlainText);

        await handler.HandleAsync(world.Turn(action: Extend("2026-12-22")), CancellationToken.None);
        var extended = (await world.Store.GetAsync(engagement.Id, CancellationToken.None))!;
        Assert.Equal(new LocalDate(2026, 12, 22), extended.Phases[0].End);
        Assert.Equal(new LocalDate(2026, 12, 23), extended.Phases[1].Start);
    }
}
