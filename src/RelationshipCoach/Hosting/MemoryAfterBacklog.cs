using RelationshipCoach.Core.Intake;
using RelationshipCoach.Data.Sqlite;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Compacts the GC heap and closes idle database connections once a backlog of acknowledged Slack events or Teams
/// activities has been answered, so that a burst's memory goes back when the burst is over.
/// </summary>
/// <remarks>
/// A request that waits long enough to outlive two collections dies in generation 2, which the GC visits only when
/// that generation's budget fills: in a service gone quiet after a burst, not for a long time. One aggressive
/// collection hands it back: about 20 MB after a 100,000-request run (docs/performance.md, ninth round). At most one a
/// minute, so a backlog that comes and goes costs a pause of some tens of milliseconds a minute at worst. Each worker
/// lane that answered the backlog opened a SQLite connection of its own, which the pool would keep for minutes.
/// </remarks>
public sealed class MemoryAfterBacklog(IEnumerable<InboxFolder> inboxes, TimeProvider clock, ILogger<MemoryAfterBacklog> log)
    : IHostedService
{
    public static readonly TimeSpan AtMostEvery = TimeSpan.FromMinutes(1);

    private readonly InboxFolder[] _inboxes = [.. inboxes];
    private long _lastCompacted;

    public Task StartAsync(CancellationToken ct)
    {
        foreach (var inbox in _inboxes) inbox.BacklogAnswered += OnBacklogAnswered;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct)
    {
        foreach (var inbox in _inboxes) inbox.BacklogAnswered -= OnBacklogAnswered;
        return Task.CompletedTask;
    }

    private void OnBacklogAnswered()
    {
        // A burst reaches Slack and Teams together: compacting when the first backlog ends would leave the second's
        // memory to the GC for the minute the guard below waits.
        if (_inboxes.Any(inbox => inbox.InBacklog)) return;
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastCompacted);
        if (last != 0 && clock.GetElapsedTime(last, now) < AtMostEvery) return;
        // Two inboxes may finish their backlogs at once; one of them compacts.
        if (Interlocked.CompareExchange(ref _lastCompacted, now, last) != last) return;
        // On the worker that handled the last request: a blocking collection stops every thread while it runs anyway.
        Compact();
    }

    private void Compact()
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var started = clock.GetTimestamp();
        IdleConnections.Close();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        log.LogInformation("A backlog of acknowledged requests has been answered; idle database connections closed, the GC heap went from {Before} MB to {After} MB committed in {Elapsed} ms",
            before >> 20, GC.GetGCMemoryInfo().TotalCommittedBytes >> 20, (int)clock.GetElapsedTime(started).TotalMilliseconds);
    }
}
