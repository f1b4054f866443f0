using System.Text;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Core.Tests.Intake;

/// <summary>The inbox's log, on real folders: what waits survives a restart, in order, and what is handled leaves the disk.</summary>
public sealed class InboxFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbox-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_request_is_read_back_until_it_is_removed()
    {
        using var inbox = new InboxFolder(_folder);

        Assert.True(inbox.TryAdd("ev1", Body("ev1")));
        Assert.Equal(Body("ev1"), await inbox.ReadAsync("ev1", CancellationToken.None));
        Assert.Equal(["ev1"], inbox.Waiting());
        Assert.Equal(1, inbox.WaitingCount);

        inbox.Remove("ev1");
        inbox.Remove("ev1");
        Assert.Null(await inbox.ReadAsync("ev1", CancellationToken.None));
        Assert.Empty(inbox.Waiting());
        Assert.Equal(0, inbox.WaitingCount);
    }

    [Fact]
    public void A_backlog_counts_as_answered_once_when_no_more_than_a_few_of_it_wait()
    {
        using var inbox = new InboxFolder(_folder);
        var answered = 0;
        inbox.BacklogAnswered += () => answered++;
        var ids = Enumerable.Range(0, InboxFolder.BacklogSize + 1).Select(i => $"ev{i}").ToList();
        foreach (var id in ids) inbox.TryAdd(id, Body(id));
        Assert.True(inbox.InBacklog);

        var handled = ids.Count - InboxFolder.BacklogAnsweredAt;
        foreach (var id in ids.Take(handled - 1)) inbox.Remove(id);
        Assert.Equal(0, answered);
        Assert.True(inbox.InBacklog);
        inbox.Remove(ids[handled - 1]);
        Assert.Equal(1, answered);
        Assert.False(inbox.InBacklog);
        foreach (var id in ids.Skip(handled)) inbox.Remove(id);
        Assert.Equal(1, answered);
        Assert.Empty(inbox.Waiting());
    }

    [Fact]
    public void A_few_requests_handled_are_no_backlog()
    {
        using var inbox = new InboxFolder(_folder);
        var answered = 0;
        inbox.BacklogAnswered += () => answered++;

        for (var i = 0; i < 10; i++) inbox.TryAdd($"ev{i}", Body($"ev{i}"));
        Assert.False(inbox.InBacklog);
        for (var i = 0; i < 10; i++) inbox.Remove($"ev{i}");

        Assert.Equal(0, answered);
    }

    [Fact]
    public async Task A_record_changed_on_disk_after_it_was_written_is_refused_when_read_back()
    {
        using var inbox = new InboxFolder(_folder);
        Assert.True(inbox.TryAdd("ev1", Body("ev1", 200)));
        var segment = Directory.GetFiles(_folder, "inbox-*.log").Single();
        using (var file = File.Open(segment, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Position = file.Length - 1;
            file.WriteByte((byte)'!');
        }

        await Assert.ThrowsAsync<InvalidDataException>(() => inbox.ReadAsync("ev1", CancellationToken.None));
    }

    [Fact]
    public async Task An_id_that_waits_is_refused_and_taken_again_once_removed()
    {
        using var inbox = new InboxFolder(_folder);

        Assert.True(inbox.TryAdd("ev1", Body("first")));
        Assert.False(inbox.TryAdd("ev1", Body("second")));
        Assert.Equal(Body("first"), await inbox.ReadAsync("ev1", CancellationToken.None));

        inbox.Remove("ev1");
        Assert.True(inbox.TryAdd("ev1", Body("third")));
        Assert.Equal(Body("third"), await inbox.ReadAsync("ev1", CancellationToken.None));
    }

    [Fact]
    public async Task A_restart_finds_exactly_the_requests_that_wait_in_their_order_across_segments()
    {
        var ids = Enumerable.Range(0, 300).Select(i => $"ev{i:D3}").ToList();
        using (var inbox = new InboxFolder(_folder, segmentBytes: 4096))
        {
            foreach (var id in ids) Assert.True(inbox.TryAdd(id, Body(id, 200)));
            foreach (var id in ids.Where((_, i) => i % 3 == 0)) inbox.Remove(id);
        }
        var waiting = ids.Where((_, i) => i % 3 != 0).ToList();

        using (var restarted = new InboxFolder(_folder, segmentBytes: 4096))
        {
            Assert.Equal(waiting, restarted.Waiting());
            foreach (var id in waiting) Assert.Equal(Body(id, 200), await restarted.ReadAsync(id, CancellationToken.None));
            Assert.False(restarted.TryAdd(waiting[0], Body("again")));
            Assert.True(restarted.TryAdd(ids[0], Body(ids[0], 200)));
            restarted.Remove(waiting[1]);
        }

        using var again = new InboxFolder(_folder, segmentBytes: 4096);
        Assert.Equal([.. waiting.Where(id => id != waiting[1]), ids[0]], again.Waiting());
        Assert.Equal(Body(ids[0], 200), await again.ReadAsync(ids[0], CancellationToken.None));
    }

    [Fact]
    public async Task A_record_a_crash_cut_short_is_ignored_and_the_records_before_it_are_kept()
    {
        using (var inbox = new InboxFolder(_folder))
            foreach (var id in new[] { "a", "b", "c" }) inbox.TryAdd(id, Body(id, 100));
        var segment = Assert.Single(Directory.GetFiles(_folder, "*.log"));
        using (var file = File.OpenWrite(segment)) file.SetLength(file.Length - 3);

        using (var restarted = new InboxFolder(_folder))
        {
            Assert.Equal(["a", "b"], restarted.Waiting());
            Assert.Equal(Body("b", 100), await restarted.ReadAsync("b", CancellationToken.None));
            Assert.Null(await restarted.ReadAsync("c", CancellationToken.None));
            Assert.True(restarted.TryAdd("c", Body("c again")));
        }

        using var again = new InboxFolder(_folder);
        Assert.Equal(["a", "b", "c"], again.Waiting());
        Assert.Equal(Body("c again"), await again.ReadAsync("c", CancellationToken.None));
    }

    [Fact]
    public void A_damaged_record_ends_its_segment_and_later_segments_are_still_read()
    {
        // A segment past its size takes no more records, so with a size of one byte each record has a segment of its own.
        using (var inbox = new InboxFolder(_folder, segmentBytes: 1))
            foreach (var id in new[] { "a", "b", "c" }) inbox.TryAdd(id, Body(id, 100));
        var segments = Directory.GetFiles(_folder, "*.log").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, segments.Count);
        var bytes = File.ReadAllBytes(segments[1]);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(segments[1], bytes);
        File.AppendAllText(segments[2], new string('\0', 64));

        using var restarted = new InboxFolder(_folder, segmentBytes: 1);

        Assert.Equal(["a", "c"], restarted.Waiting());
    }

    [Fact]
    public async Task A_request_whose_removal_never_reached_the_disk_waits_once_and_is_gone_once_removed()
    {
        using (var inbox = new InboxFolder(_folder))
        {
            inbox.TryAdd("ev1", Body("first"));
            inbox.Remove("ev1");
            inbox.TryAdd("ev1", Body("redelivered"));
        }
        // The first record starts the segment, and its first byte is its state: as if the removal had been lost.
        using (var file = File.OpenWrite(Assert.Single(Directory.GetFiles(_folder, "*.log")))) file.WriteByte(InboxRecord.Waiting);

        using (var restarted = new InboxFolder(_folder))
        {
            Assert.Equal(["ev1"], restarted.Waiting());
            Assert.Equal(Body("first"), await restarted.ReadAsync("ev1", CancellationToken.None));
            restarted.Remove("ev1");
        }

        using var again = new InboxFolder(_folder);
        Assert.Empty(again.Waiting());
    }

    [Fact]
    public void Segments_are_deleted_once_nothing_in_them_waits_so_the_folder_does_not_grow()
    {
        const int segmentBytes = 64 * 1024;
        var body = new byte[1024];
        using (var inbox = new InboxFolder(_folder, segmentBytes))
        {
            // A hundred requests wait at any time, as when the workers run behind the acknowledgements.
            for (var i = 0; i < 50_000; i++)
            {
                Assert.True(inbox.TryAdd($"ev{i}", body));
                if (i >= 100) inbox.Remove($"ev{i - 100}");
            }

            var segments = Directory.GetFiles(_folder, "*.log");
            Assert.InRange(segments.Length, 1, 3);
            Assert.InRange(segments.Sum(s => new FileInfo(s).Length), 1, 3 * (segmentBytes + 2048));
            Assert.Equal(100, inbox.Waiting().Count());
            foreach (var i in Enumerable.Range(49_900, 100)) inbox.Remove($"ev{i}");
        }

        using var restarted = new InboxFolder(_folder, segmentBytes);
        Assert.Empty(restarted.Waiting());
        // The segment the restart started, and nothing the first instance wrote.
        Assert.Equal(0, new FileInfo(Assert.Single(Directory.GetFiles(_folder, "*.log"))).Length);
    }

    [Fact]
    public async Task Files_the_version_before_the_log_left_are_taken_over_oldest_first_and_deleted()
    {
        var arrived = new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        foreach (var (id, minutes) in new[] { ("evB", 3), ("evA", 1), ("evC", 2) })
        {
            var path = Path.Combine(_folder, id + ".json");
            File.WriteAllBytes(path, Body(id));
            File.SetLastWriteTimeUtc(path, arrived.AddMinutes(minutes));
        }
        File.WriteAllText(Path.Combine(_folder, "evD.json.0f3c.tmp"), "{\"half");

        using (var inbox = new InboxFolder(_folder))
        {
            Assert.Equal(["evA", "evC", "evB"], inbox.Waiting());
            Assert.Equal(Body("evC"), await inbox.ReadAsync("evC", CancellationToken.None));
            Assert.Empty(Directory.GetFiles(_folder, "*.json"));
            Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
        }

        using var restarted = new InboxFolder(_folder);
        Assert.Equal(["evA", "evC", "evB"], restarted.Waiting());
    }

    [Fact]
    public void A_second_instance_on_the_folder_is_refused_until_the_first_is_disposed()
    {
        var first = new InboxFolder(_folder);
        first.TryAdd("ev1", Body("ev1"));

        var refused = Assert.Throws<IOException>(() => new InboxFolder(_folder));
        Assert.Contains(_folder, refused.Message);

        first.Dispose();
        using var second = new InboxFolder(_folder);
        Assert.Equal(["ev1"], second.Waiting());
    }

    [Fact]
    public async Task Requests_added_from_many_threads_at_once_are_all_kept_whole()
    {
        const int threads = 8, each = 1_000;
        var accepted = new bool[threads];
        using (var inbox = new InboxFolder(_folder, segmentBytes: 16 * 1024))
        {
            using var start = new Barrier(threads);
            var adding = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                accepted[t] = inbox.TryAdd("shared", Body("shared"));
                for (var i = 0; i < each; i++) Assert.True(inbox.TryAdd($"t{t}-{i}", Body($"t{t}-{i}", 50 + i % 200)));
            }, TaskCreationOptions.LongRunning)).ToArray();
            await Task.WhenAll(adding);

            Assert.Single(accepted, a => a);
            Assert.Equal(threads * each + 1, inbox.Waiting().Count());
        }

        using var restarted = new InboxFolder(_folder, segmentBytes: 16 * 1024);
        for (var t = 0; t < threads; t++)
        {
            var ids = restarted.Waiting().Where(id => id.StartsWith($"t{t}-", StringComparison.Ordinal)).ToList();
            // Each thread's requests keep the order it added them in.
            Assert.Equal(Enumerable.Range(0, each).Select(i => $"t{t}-{i}"), ids);
            for (var i = 0; i < each; i++)
                Assert.Equal(Body($"t{t}-{i}", 50 + i % 200), await restarted.ReadAsync($"t{t}-{i}", CancellationToken.None));
        }
    }

    /// <summary>A body that names its request, padded to <paramref name="length"/>, so that a body read back for the wrong id is caught.</summary>
    private static byte[] Body(string text, int length = 0) => Encoding.UTF8.GetBytes(("{\"text\":\"" + text + "\"}").PadRight(length));
}
