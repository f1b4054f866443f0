using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using RelationshipCoach.Core.Intake;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Tests.Hosting;

public sealed class MemoryAfterBacklogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backlog-test-").FullName;
    private readonly FakeTimeProvider _clock = new();
    private readonly FakeLogger<MemoryAfterBacklog> _log = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_backlog_answered_compacts_the_heap_at_most_once_a_minute()
    {
        using var inbox = new InboxFolder(_folder);
        var memory = new MemoryAfterBacklog([inbox], _clock, _log);
        await memory.StartAsync(CancellationToken.None);
        var collections = GC.CollectionCount(GC.MaxGeneration);

        AnswerBacklog(inbox, "first");
        Assert.Equal(1, _log.Collector.Count);
        Assert.Contains("backlog of acknowledged requests has been answered", _log.LatestRecord.Message);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > collections);

        _clock.Advance(MemoryAfterBacklog.AtMostEvery - TimeSpan.FromSeconds(1));
        AnswerBacklog(inbox, "second");
        Assert.Equal(1, _log.Collector.Count);

        _clock.Advance(TimeSpan.FromSeconds(2));
        AnswerBacklog(inbox, "third");
        Assert.Equal(2, _log.Collector.Count);
    }

    [Fact]
    public async Task After_a_stop_a_backlog_answered_is_left_to_the_GC()
    {
        using var inbox = new InboxFolder(_folder);
        var memory = new MemoryAfterBacklog([inbox], _clock, _log);
        await memory.StartAsync(CancellationToken.None);
        await memory.StopAsync(CancellationToken.None);

        AnswerBacklog(inbox, "late");

        Assert.Equal(0, _log.Collector.Count);
    }

    /// <summary>More requests than a backlog's worth wait, then all are handled.</summary>
    private static void AnswerBacklog(InboxFolder inbox, string prefix)
    {
        var ids = Enumerable.Range(0, InboxFolder.BacklogSize + 1).Select(i => $"{prefix}{i}").ToList();
        foreach (var id in ids) Assert.True(inbox.TryAdd(id, "{}"u8));
        foreach (var id in ids) inbox.Remove(id);
    }
}
