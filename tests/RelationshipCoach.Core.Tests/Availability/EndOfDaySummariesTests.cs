using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Tests.Engagements;

namespace RelationshipCoach.Core.Tests.Availability;

public sealed class EndOfDaySummariesTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private readonly RecordingMessenger _messenger = new();
    private readonly OneCall _calls = new();
    private readonly NextWakeUp _wakeUp = new();
    private readonly FakeClock _clock = new(new LocalDateTime(2026, 11, 27, 17, 30).InZoneStrictly(Berlin).ToInstant());

    private EndOfDaySummaries Summaries(UserProfile person)
    {
        var options = new CoachOptions();
        return new EndOfDaySummaries(new OneRep(person), _calls, new OpenItemsHandler(_calls, new MemoryDeliveryLedger()), _messenger,
            new Schedules(new MemoryAbsenceLog(), Holidays.None, options, _clock), _wakeUp, _clock);
    }

    private static UserProfile Person(NudgeIntensity intensity) =>
        new(4, new UserRef(Channels.Playground, "t", "rep")) { TimeZoneId = "Europe/Berlin", Intensity = intensity };

    [Fact]
    public async Task At_active_intensity_the_open_items_come_half_an_hour_before_the_day_ends_and_the_next_is_planned()
    {
        var person = Person(NudgeIntensity.Active);
        _calls.Open.Add(new Call(1, person.Id, "Acme", "renewal", _clock.Now - Duration.FromDays(1), _clock.Now) { NextReminderAt = _clock.Now + Duration.FromDays(1) });

        await Summaries(person).SendAsync(person.Id, CancellationToken.None);

        var sent = Assert.Single(_messenger.Sent);
        Assert.Equal("open-items.end-of-day", sent.Kind);
        Assert.Contains("Acme", sent.PlainText);
        Assert.Equal(new LocalDateTime(2026, 11, 30, 17, 30), _wakeUp.At!.Value.InZone(Berlin).LocalDateTime); // Friday → Monday
    }

    [Fact]
    public async Task After_turning_intensity_down_nothing_is_sent_and_the_series_stops()
    {
        var person = Person(NudgeIntensity.Standard);
        _calls.Open.Add(new Call(1, person.Id, "Acme", "renewal", _clock.Now, _clock.Now));

        await Summaries(person).SendAsync(person.Id, CancellationToken.None);

        Assert.Empty(_messenger.Sent);
        Assert.Null(_wakeUp.At);
    }

    private sealed class NextWakeUp : IEndOfDayScheduler
    {
        public Instant? At { get; private set; }

        public Task ScheduleAsync(long userId, Instant at, CancellationToken ct)
        {
            At = at;
            return Task.CompletedTask;
        }
    }

    private sealed class OneCall : ICallLog
    {
        public List<Call> Open { get; } = [];
        public Task<Call> AddAsync(Call call, CancellationToken ct) => throw new NotSupportedException();
        public Task<Call?> GetAsync(long id, CancellationToken ct) => Task.FromResult(Open.FirstOrDefault(c => c.Id == id));
        public Task<IReadOnlyList<Call>> ListOpenAsync(long repId, CancellationToken ct) => Task.FromResult<IReadOnlyList<Call>>(Open.Where(c => c.RepId == repId).ToList());
        public Task<IReadOnlyList<Call>> ListSinceAsync(long repId, Instant since, CancellationToken ct) => ListOpenAsync(repId, ct);
        public Task UpdateAsync(Call call, CancellationToken ct) => throw new NotSupportedException();
        public Task<bool> TryAdvanceReminderAsync(Call advanced, int expectedRemindersSent, CancellationToken ct) => throw new NotSupportedException();
    }
}
