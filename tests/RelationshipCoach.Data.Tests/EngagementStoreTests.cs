using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Time;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Data.Tests;

public sealed class EngagementStoreTests : MigratedDatabase
{
    [Fact]
    public async Task An_engagement_comes_back_as_stored_and_of_two_writers_of_one_version_only_the_first_wins()
    {
        var rep = await new UserDirectory(Db, new PeopleSeen(), TimeProvider.System).GetOrCreateAsync(new UserRef(Channels.Playground, "p", "rep"), default);
        var store = new EngagementStore(Db);
        var now = Instant.FromUtc(2026, 11, 26, 9, 0);
        var engagement = await store.AddAsync(new Engagement(0, rep.Id, "Acme", "rollout", now)
        {
            Level = "partner",
            Goals = ["all stores live"],
            Responsibilities = [new Responsibility("data migration", null), new Responsibility("training", "our team")],
            Phases =
            [
                new Phase("discovery", new LocalDate(2026, 11, 26), new LocalDate(2026, 12, 15)) { Status = PhaseStatus.Active },
                new Phase("pilot", new LocalDate(2026, 12, 16), new LocalDate(2027, 1, 31)) { Goal = "two stores" },
            ],
            Schedule = new CheckInSchedule("every Monday at 9", new Recurrence("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", new LocalDateTime(2026, 11, 26, 10, 0))),
            NextCheckInAt = now + Duration.FromDays(4),
        }, default);

        var loaded = (await store.GetAsync(engagement.Id, default))!;
        Assert.Equal(engagement.Phases, loaded.Phases);
        Assert.Equal(engagement.Responsibilities, loaded.Responsibilities);
        Assert.Equal(engagement.Schedule, loaded.Schedule);

        var checkIn = new CheckIn(0, engagement.Id, 0, CheckInKind.Status, now) { NextAskAt = now + Duration.FromDays(1) };
        var first = await store.TrySaveAsync(loaded.WithPhase(0, loaded.Phases[0] with { Health = PhaseHealth.AtRisk }), [checkIn], default);
        var second = await store.TrySaveAsync(loaded with { Name = "stale" }, [checkIn], default);

        Assert.NotNull(first);
        Assert.Null(second);
        var stored = (await store.GetAsync(engagement.Id, default))!;
        Assert.Equal("rollout", stored.Name);
        Assert.Equal(PhaseHealth.AtRisk, stored.Phases[0].Health);
        Assert.Equal(1, stored.Version);
        Assert.Equal(first![0], await store.GetOpenCheckInAsync(engagement.Id, default));
    }
}
