using NodaTime;
using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Tests.Engagements;

namespace RelationshipCoach.Core.Tests.Availability;

public sealed class ConsiderateMessengerTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private readonly UserProfile _rep = new(3, new UserRef(Channels.Playground, "t", "rep")) { TimeZoneId = "Europe/Berlin" };
    private readonly RecordingMessenger _channel = new();
    private readonly MemoryDeliveryLedger _ledger = new();
    private readonly RecordingWakeUps _wakeUps = new();
    private readonly MemoryAbsenceLog _absences = new();
    private readonly FakeClock _clock;
    private readonly ConsiderateMessenger _messenger;

    public ConsiderateMessengerTests()
    {
        _clock = new FakeClock(new LocalDateTime(2026, 11, 24, 10, 0).InZoneStrictly(Berlin).ToInstant());
        var options = new CoachOptions { MaxProactivePerDay = 5 };
        _messenger = new ConsiderateMessenger(_channel, new OneRep(_rep), new Schedules(_absences, Holidays.None, options, _clock), _ledger, _wakeUps, options, _clock);
    }

    private static Reply Reminder(int i) => new() { Kind = "call.reminder", Title = $"Reminder {i}" };

    [Fact]
    public async Task A_burst_of_eight_becomes_five_messages_and_one_combined_message_losing_none()
    {
        for (var i = 1; i <= 8; i++) await _messenger.SendAsync(_rep.Ref, Reminder(i), CancellationToken.None);

        Assert.Equal(5, _channel.Sent.Count);
        Assert.Equal(3, _ledger.Held.Count);
        var wake = _wakeUps.Scheduled[_rep.Id];
        Assert.Equal(new LocalDateTime(2026, 11, 25, 8, 0), wake.InZone(Berlin).LocalDateTime);

        _clock.Now = wake;
        await _messenger.FlushAsync(_rep.Id, CancellationToken.None);

        Assert.Equal(6, _channel.Sent.Count);
        var combined = _channel.Sent[^1];
        Assert.Equal(ConsiderateMessenger.CombinedKind, combined.Kind);
        Assert.Equal(["Reminder 6", "Reminder 7", "Reminder 8"], combined.Facts.Select(f => f.Value));
        Assert.Empty(_ledger.Held);
    }

    [Fact]
    public async Task After_hours_a_message_waits_for_the_next_working_morning_and_then_arrives_as_itself()
    {
        _clock.Now = new LocalDateTime(2026, 11, 24, 19, 30).InZoneStrictly(Berlin).ToInstant();
        await _messenger.SendAsync(_rep.Ref, Reminder(1), CancellationToken.None);
        Assert.Empty(_channel.Sent);

        _clock.Now = _wakeUps.Scheduled[_rep.Id];
        await _messenger.FlushAsync(_rep.Id, CancellationToken.None);

        Assert.Equal("Reminder 1", Assert.Single(_channel.Sent).Title);
    }

    [Fact]
    public async Task During_an_absence_nothing_arrives_until_the_morning_after_it()
    {
        await _absences.SetAsync(_rep.Id, new DateInterval(new LocalDate(2026, 11, 24), new LocalDate(2026, 11, 27)), CancellationToken.None);
        await _messenger.SendAsync(_rep.Ref, Reminder(1), CancellationToken.None);

        Assert.Empty(_channel.Sent);
        Assert.Equal(new LocalDateTime(2026, 11, 30, 8, 0), _wakeUps.Scheduled[_rep.Id].InZone(Berlin).LocalDateTime);
    }

    [Fact]
    public async Task The_cap_counts_the_persons_own_day()
    {
        for (var i = 1; i <= 5; i++) await _messenger.SendAsync(_rep.Ref, Reminder(i), CancellationToken.None);
        _clock.Now = new LocalDateTime(2026, 11, 25, 9, 0).InZoneStrictly(Berlin).ToInstant();
        await _messenger.SendAsync(_rep.Ref, Reminder(6), CancellationToken.None);

        Assert.Equal(6, _channel.Sent.Count);
        Assert.Empty(_ledger.Held);
    }

    private sealed class MemoryDeliveryLedger : IDeliveryLedger
    {
        public List<(long UserId, Instant At)> SentAt { get; } = [];
        public List<(long UserId, Reply Reply, Instant Until)> Held { get; } = [];

        public Task<int> CountSentAsync(long userId, Instant from, Instant to, CancellationToken ct) =>
            Task.FromResult(SentAt.Count(s => s.UserId == userId && s.At >= from && s.At < to));

        public Task RecordSentAsync(long userId, Instant at, CancellationToken ct)
        {
            SentAt.Add((userId, at));
            return Task.CompletedTask;
        }

        public Task HoldAsync(long userId, Reply reply, Instant until, CancellationToken ct)
        {
            Held.Add((userId, reply, until));
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<Reply>> TakeDueAsync(long userId, Instant now, CancellationToken ct)
        {
            var due = Held.Where(h => h.UserId == userId && h.Until <= now).ToList();
            Held.RemoveAll(due.Contains);
            return Task.FromResult<IReadOnlyList<Reply>>(due.Select(h => h.Reply).ToList());
        }

        public Task<IReadOnlyList<string>> HeldTitlesAsync(long userId, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>(Held.Where(h => h.UserId == userId).Select(h => h.Reply.Title ?? "").ToList());
    }

    private sealed class RecordingWakeUps : IHeldMessageScheduler
    {
        public Dictionary<long, Instant> Scheduled { get; } = [];

        public Task ScheduleAsync(long userId, Instant at, CancellationToken ct)
        {
            Scheduled[userId] = at;
            return Task.CompletedTask;
        }
    }
}
