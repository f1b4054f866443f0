using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Engagements;

/// <summary>A rep in Berlin with a fake clock, an in-memory store and recording scheduler and messenger, wired like the host does.</summary>
public sealed class EngagementWorld
{
    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public EngagementWorld(LocalDateTime localNow, CoachOptions? options = null)
    {
        Options = options ?? new CoachOptions();
        Clock = new FakeClock(localNow.InZoneStrictly(Berlin).ToInstant());
        Rep = new UserProfile(7, new UserRef(Channels.Playground, "local", "rep1")) { TimeZoneId = Berlin.Id, Language = Language.En };
        Updates = new EngagementUpdates(Store, Scheduler, Options);
        DueCheckIns = new DueCheckIns(Store, new OneRep(Rep), Messenger, Scheduler, new Schedules(Absences, Holidays.None, Options, Clock), Clock);
    }

    public CoachOptions Options { get; }
    public FakeClock Clock { get; }
    public UserProfile Rep { get; }
    public MemoryEngagementStore Store { get; } = new();
    public MemoryAbsenceLog Absences { get; } = new();
    public RecordingScheduler Scheduler { get; } = new();
    public RecordingMessenger Messenger { get; } = new();
    public EngagementUpdates Updates { get; }
    public DueCheckIns DueCheckIns { get; }
    public ITimeExpressionRecognizer Recognizer => TimeExpressionRecognizer.Instance;

    public LocalDateTime LocalNow => Clock.Now.InZone(Berlin).LocalDateTime;

    public Turn Turn(string text = "", InboundAction? action = null) =>
        new(new Inbound(Rep.Ref, text, Clock.Now.ToDateTimeOffset()) { Action = action }, Rep, Language.En, Berlin, Clock.Now);

    public static InboundAction Click(string id, params (string Key, string Value)[] values) =>
        new(id, values.ToDictionary(v => v.Key, v => v.Value));

    /// <summary>Starts an engagement the way the one-liner does.</summary>
    public async Task<Engagement> StartAsync(string oneLiner)
    {
        var creation = new EngagementCreation(Store, Scheduler, Recognizer, Options);
        var (created, problems) = await creation.CreateAsync(Turn(oneLiner), EngagementOneLiner.Read(oneLiner)!, CancellationToken.None);
        Assert.True(created is not null, string.Join("; ", problems.Values.Select(p => p.Say(Language.En))));
        return created;
    }

    /// <summary>Moves the clock to the engagement's pending wake-up and lets it fire.</summary>
    public async Task<Instant> FireAsync(long engagementId)
    {
        var due = Scheduler.Pending[engagementId];
        Clock.Now = due;
        await DueCheckIns.RunAsync(engagementId, CancellationToken.None);
        return due;
    }

    /// <summary>Answers the engagement's open check-in the way the check-in's buttons do.</summary>
    public async Task AnswerOpenAsync(long engagementId, PhaseHealth health)
    {
        var open = (await Store.GetOpenCheckInAsync(engagementId, CancellationToken.None))!;
        var handler = new CheckInAnswerHandler(new RepEngagements(Store), new CheckInAnswering(Updates));
        await handler.HandleAsync(Turn(action: Click("checkin.answer", ("checkInId", open.Id.ToString()), ("status", health.Id()))), CancellationToken.None);
    }

    public LocalDateTime Local(Instant instant) => instant.InZone(Berlin).LocalDateTime;
}
