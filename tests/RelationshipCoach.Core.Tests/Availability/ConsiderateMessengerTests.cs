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
    private readonly ManualTransactions _transactions = new();
    private readonly StartedSends _afterCommit = new();
    private readonly MemoryAbsenceLog _absences = new();
    private readonly FakeClock _clock;
    private readonly ConsiderateMessenger _messenger;

    public ConsiderateMessengerTests()
    {
        _clock = new FakeClock(new LocalDateTime(2026, 11, 24, 10, 0).InZoneStrictly(Berlin).ToInstant());
        _messenger = Messenger(_channel, _rep, maxPerDay: 5);
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

    [Fact]
    public async Task A_channel_that_fails_is_retried_with_growing_pauses_and_after_a_day_the_message_is_recorded_as_failed()
    {
        var failing = new FailingChannel();
        var rep = _rep with { WorkingHours = WorkingHours.Parse("Mon-Sun 00:00-24:00") };
        var messenger = Messenger(failing, rep, maxPerDay: 1000);

        await messenger.SendAsync(rep.Ref, Reminder(1), CancellationToken.None);
        var firstRetry = _wakeUps.Scheduled[rep.Id];
        Assert.Equal(Duration.FromMinutes(1), firstRetry - _clock.Now);
        Assert.Equal(1, Assert.Single(_ledger.Held).Message.Failure!.Attempts);

        _clock.Now = firstRetry;
        await messenger.FlushAsync(rep.Id, CancellationToken.None);
        Assert.Equal(Duration.FromMinutes(2), _wakeUps.Scheduled[rep.Id] - _clock.Now);

        while (_ledger.Held.Count > 0)
        {
            _clock.Now = _wakeUps.Scheduled[rep.Id];
            await messenger.FlushAsync(rep.Id, CancellationToken.None);
        }
        var failed = Assert.Single(_ledger.Failed);
        Assert.Equal("Reminder 1", failed.Reply.Title);
        Assert.True(failed.Failure.Attempts > 20);
        Assert.Contains("connector answered 503", failed.Failure.Reason);
        Assert.Empty(_channel.Sent);
    }

    [Fact]
    public async Task A_retry_due_sooner_neither_strands_nor_postpones_a_message_held_for_longer()
    {
        var channel = new FlakyChannel { FailuresLeft = 3 };
        var rep = _rep with { WorkingHours = WorkingHours.Parse("Mon-Sun 00:00-24:00") };
        var messenger = Messenger(channel, rep, maxPerDay: 1000);
        var start = _clock.Now;

        // The first message fails twice: its next try is at 10:03. The second fails once, at 10:01:30: its retry is at 10:02:30.
        await messenger.SendAsync(rep.Ref, Reminder(1), CancellationToken.None);
        _clock.Now = _wakeUps.Scheduled[rep.Id];
        await messenger.FlushAsync(rep.Id, CancellationToken.None);
        _clock.Now = start + Duration.FromSeconds(90);
        await messenger.SendAsync(rep.Ref, Reminder(2), CancellationToken.None);
        Assert.Equal(start + Duration.FromSeconds(150), _wakeUps.Scheduled[rep.Id]);

        _clock.Now = _wakeUps.Scheduled[rep.Id];
        await messenger.FlushAsync(rep.Id, CancellationToken.None);
        Assert.Equal(["Reminder 2"], channel.Sent.Select(r => r.Title));
        Assert.Equal(start + Duration.FromMinutes(3), _wakeUps.Scheduled[rep.Id]);

        _clock.Now = _wakeUps.Scheduled[rep.Id];
        await messenger.FlushAsync(rep.Id, CancellationToken.None);
        Assert.Equal(["Reminder 2", "Reminder 1"], channel.Sent.Select(r => r.Title));
        Assert.Empty(_ledger.Held);
    }

    [Fact]
    public async Task A_message_held_for_later_does_not_postpone_a_retry_due_sooner()
    {
        var channel = new FlakyChannel { FailuresLeft = 1 };
        var messenger = Messenger(channel, _rep, maxPerDay: 1);

        await messenger.SendAsync(_rep.Ref, Reminder(1), CancellationToken.None);
        var retry = _wakeUps.Scheduled[_rep.Id];
        await _ledger.RecordSentAsync(_rep.Id, _clock.Now, CancellationToken.None);
        await messenger.SendAsync(_rep.Ref, Reminder(2), CancellationToken.None);

        Assert.Equal(2, _ledger.Held.Count);
        Assert.Equal(retry, _wakeUps.Scheduled[_rep.Id]);
    }

    [Fact]
    public async Task Inside_a_transaction_the_channel_is_called_only_once_it_commits_and_the_message_waits_held_meanwhile()
    {
        var messenger = Messenger(_channel, _rep, maxPerDay: 5, sendHold: TimeSpan.FromSeconds(7));
        var transaction = await _transactions.BeginAsync(CancellationToken.None);
        await messenger.SendAsync(_rep.Ref, Reminder(1), CancellationToken.None);

        Assert.Empty(_channel.Sent);
        Assert.Equal(_clock.Now + Duration.FromSeconds(7), Assert.Single(_ledger.Held).Until);
        Assert.Single(_ledger.SentAt);

        await transaction.CommitAsync(CancellationToken.None);
        Assert.Empty(_channel.Sent);
        await messenger.SendInFlightAsync(Assert.Single(_afterCommit.Started), CancellationToken.None);
        Assert.Equal("Reminder 1", Assert.Single(_channel.Sent).Title);
        Assert.Empty(_ledger.Held);
        Assert.Single(_ledger.SentAt);
    }

    [Fact]
    public async Task Inside_a_transaction_that_rolls_back_nothing_reaches_the_channel()
    {
        var transaction = await _transactions.BeginAsync(CancellationToken.None);
        await _messenger.SendAsync(_rep.Ref, Reminder(1), CancellationToken.None);
        await transaction.RollbackAsync(CancellationToken.None);

        Assert.Empty(_afterCommit.Started);
        Assert.Empty(_channel.Sent);
    }

    [Fact]
    public async Task A_channel_that_fails_after_the_commit_gets_the_message_again_after_a_pause()
    {
        var channel = new FlakyChannel { FailuresLeft = 1 };
        var messenger = Messenger(channel, _rep, maxPerDay: 5);

        var transaction = await _transactions.BeginAsync(CancellationToken.None);
        await messenger.SendAsync(_rep.Ref, Reminder(1), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        await messenger.SendInFlightAsync(Assert.Single(_afterCommit.Started), CancellationToken.None);

        var retry = Assert.Single(_ledger.Held);
        Assert.Equal(_clock.Now + Duration.FromMinutes(1), retry.Until);
        Assert.Equal(1, retry.Message.Failure!.Attempts);
        Assert.Equal(retry.Until, _wakeUps.Scheduled[_rep.Id]);

        _clock.Now = retry.Until;
        await messenger.FlushAsync(_rep.Id, CancellationToken.None);
        Assert.Equal("Reminder 1", Assert.Single(channel.Sent).Title);
        Assert.Empty(_ledger.Held);
    }

    [Fact]
    public async Task At_start_everyone_held_is_woken_for_their_earliest_message()
    {
        await _ledger.HoldAsync(_rep.Id, Reminder(1), _clock.Now + Duration.FromMinutes(5), null, CancellationToken.None);
        await _ledger.HoldAsync(_rep.Id, Reminder(2), _clock.Now - Duration.FromMinutes(2), null, CancellationToken.None);

        await _messenger.WakeEveryoneHeldAsync(CancellationToken.None);

        Assert.Equal(_clock.Now - Duration.FromMinutes(2), Assert.Single(_wakeUps.Scheduled).Value);
    }

    private ConsiderateMessenger Messenger(IMessenger channel, UserProfile rep, int maxPerDay, TimeSpan? sendHold = null)
    {
        var options = new CoachOptions { MaxProactivePerDay = maxPerDay, SendHold = sendHold ?? new CoachOptions().SendHold };
        return new ConsiderateMessenger(channel, new OneRep(rep), new Schedules(_absences, Holidays.None, options, _clock), _ledger, _wakeUps, _transactions, _afterCommit, options, _clock);
    }

    /// <summary>The messages handed over after a commit, which the test then sends itself.</summary>
    private sealed class StartedSends : IAfterCommitSends
    {
        public List<InFlightMessage> Started { get; } = [];

        public void Start(InFlightMessage message) => Started.Add(message);
    }

    /// <summary>A channel that refuses a number of messages, then takes them.</summary>
    private sealed class FlakyChannel : IMessenger
    {
        public int FailuresLeft { get; set; }

        public List<Reply> Sent { get; } = [];

        public Task SendAsync(UserRef to, Reply reply, CancellationToken ct)
        {
            if (FailuresLeft-- > 0) throw new HttpRequestException("connector answered 503");
            Sent.Add(reply);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingChannel : IMessenger
    {
        public Task SendAsync(UserRef to, Reply reply, CancellationToken ct) => throw new HttpRequestException("connector answered 503");
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
