using NodaTime;
using RelationshipCoach.Core.Engagements;

namespace RelationshipCoach.Core.Tests.Engagements;

public sealed class CheckInScheduleTests
{
    [Fact]
    public async Task Weekly_check_ins_stay_on_Monday_at_9_in_Berlin_across_the_DST_change()
    {
        // Summer time starts on Sunday 28 March 2027 in Berlin: 09:00 is 08:00 UTC before and 07:00 UTC after.
        var world = new EngagementWorld(new LocalDateTime(2027, 3, 10, 11, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Jun 30");

        var first = await world.FireAsync(engagement.Id);
        await world.AnswerOpenAsync(engagement.Id, PhaseHealth.OnTrack);
        var second = await world.FireAsync(engagement.Id);
        await world.AnswerOpenAsync(engagement.Id, PhaseHealth.OnTrack);
        var third = world.Scheduler.Pending[engagement.Id];

        Assert.Equal(new LocalDateTime(2027, 3, 15, 9, 0), world.Local(first));
        Assert.Equal(Instant.FromUtc(2027, 3, 22, 8, 0), second);
        Assert.Equal(Instant.FromUtc(2027, 3, 29, 7, 0), world.Scheduler.Pending[engagement.Id]);
        Assert.Equal(new LocalDateTime(2027, 3, 29, 9, 0), world.Local(third));
        Assert.Equal(2, world.Messenger.Sent.Count(r => r.Kind == CheckInReply.Kind));
    }

    [Fact]
    public async Task A_schedule_the_rep_wrote_replaces_the_weekly_one()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Jun 30");
        var handler = new ScheduleHandler(new RepEngagements(world.Store), world.Updates, world.Recognizer);

        await handler.HandleAsync(world.Turn("check in every 2 weeks on Thursday at 10"), CancellationToken.None);

        var stored = (await world.Store.GetAsync(engagement.Id, CancellationToken.None))!;
        Assert.Equal("every 2 weeks on Thursday at 10", stored.Schedule.Text);
        Assert.Equal(new LocalDateTime(2026, 12, 3, 10, 0), world.Local(stored.NextCheckInAt!.Value));
        Assert.Equal(stored.NextCheckInAt, world.Scheduler.Pending[engagement.Id]);
    }

    [Fact]
    public async Task An_unreadable_schedule_changes_nothing()
    {
        var world = new EngagementWorld(new LocalDateTime(2026, 11, 26, 10, 0));
        var engagement = await world.StartAsync("new engagement Acme rollout: discovery until Jun 30");
        var handler = new ScheduleHandler(new RepEngagements(world.Store), world.Updates, world.Recognizer);

        var replies = await handler.HandleAsync(world.Turn("check in whenever it suits"), CancellationToken.None);

        Assert.Equal("engagement.schedule.unreadable", replies[0].Kind);
        Assert.Equal(engagement, await world.Store.GetAsync(engagement.Id, CancellationToken.None));
    }
}
