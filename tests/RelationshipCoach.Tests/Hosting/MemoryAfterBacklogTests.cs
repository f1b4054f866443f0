using Microsoft.Data.Sqlite;
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
    public async Task Backlogs_in_two_inboxes_are_compacted_after_the_second_is_answered()
    {
        using var slack = new InboxFolder(Path.Combine(_folder, "slack"));
        using var teams = new InboxFolder(Path.Combine(_folder, "teams"));
        var memory = new MemoryAfterBacklog([slack, teams], _clock, _log);
        await memory.StartAsync(CancellationToken.None);
        var teamsBacklog = Enumerable.Range(0, InboxFolder.BacklogSize + 1).Select(i => $"teams{i}").ToList();
        foreach (var id in teamsBacklog) Assert.True(teams.TryAdd(id, "{}"u8));

        AnswerBacklog(slack, "slack");
        Assert.Equal(0, _log.Collector.Count);

        foreach (var id in teamsBacklog) teams.Remove(id);
        Assert.Equal(1, _log.Collector.Count);
    }

    [Fact]
    public async Task A_backlog_answered_closes_the_database_connections_the_pool_keeps_idle()
    {
        var database = Path.Combine(_folder, "idle.db");
        await using (var connection = new SqliteConnection($"Data Source={database}"))
            await connection.OpenAsync();
        Assert.True(HandlesOpenOn(database) > 0, "the pool should keep the closed connection's file open");
        using var inbox = new InboxFolder(Path.Combine(_folder, "inbox"));
        var memory = new MemoryAfterBacklog([inbox], _clock, _log);
        await memory.StartAsync(CancellationToken.None);

        AnswerBacklog(inbox, "idle");

        Assert.Equal(0, HandlesOpenOn(database));
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

    /// <summary>This process's file descriptors open on <paramref name="path"/>.</summary>
    private static int HandlesOpenOn(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd => LinkTarget(fd) == path);

    /// <summary>Null for a descriptor closed while the folder was listed.</summary>
    private static string? LinkTarget(FileSystemInfo fd)
    {
        try
        {
            return fd.LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>More requests than a backlog's worth wait, then all are handled.</summary>
    private static void AnswerBacklog(InboxFolder inbox, string prefix)
    {
        var ids = Enumerable.Range(0, InboxFolder.BacklogSize + 1).Select(i => $"{prefix}{i}").ToList();
        foreach (var id in ids) Assert.True(inbox.TryAdd(id, "{}"u8));
        foreach (var id in ids) inbox.Remove(id);
    }
}
