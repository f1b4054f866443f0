using System.Collections.Concurrent;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Core.Tests.Intake;

public sealed class InboxLanesTests
{
    [Fact]
    public async Task A_conversations_requests_are_handled_one_after_another_in_the_order_queued()
    {
        var lanes = new InboxLanes<string>(8);
        var handled = new ConcurrentQueue<string>();
        var inConversation = new ConcurrentDictionary<string, int>();
        var overlapped = false;
        foreach (var i in Enumerable.Range(1, 20))
            foreach (var conversation in new[] { "T1/D1", "T1/D2", "T2/C9" })
                lanes.Enqueue(conversation, $"{conversation}#{i}", conversation, leftByStop: false);

        await WorkUntilAsync(lanes, async (turn, _) =>
        {
            if (inConversation.AddOrUpdate(turn.Body!, 1, (_, n) => n + 1) > 1) overlapped = true;
            // Gives another lane's worker every chance to take this conversation's next request meanwhile.
            for (var i = 0; i < 5; i++) await Task.Yield();
            handled.Enqueue(turn.InboxId);
            inConversation.AddOrUpdate(turn.Body!, 0, (_, n) => n - 1);
        }, () => handled.Count == 60);

        Assert.False(overlapped);
        foreach (var conversation in new[] { "T1/D1", "T1/D2", "T2/C9" })
            Assert.Equal(Enumerable.Range(1, 20).Select(i => $"{conversation}#{i}"), handled.Where(id => id.StartsWith(conversation + "#")));
    }

    [Fact]
    public async Task A_request_that_fails_is_reported_and_its_lane_goes_on()
    {
        var lanes = new InboxLanes<string>(1);
        var handled = new ConcurrentQueue<string>();
        var failed = new ConcurrentQueue<(string, string)>();
        lanes.Enqueue("c", "first", "fails", leftByStop: false);
        lanes.Enqueue("c", "second", "works", leftByStop: true);

        await WorkUntilAsync(lanes, (turn, _) =>
        {
            if (turn.Body == "fails") throw new InvalidOperationException("broken");
            handled.Enqueue(turn.InboxId);
            return Task.CompletedTask;
        }, () => handled.Count == 1, (turn, e) => failed.Enqueue((turn.InboxId, e.Message)));

        Assert.Equal([("first", "broken")], failed);
        Assert.Equal(["second"], handled);
    }

    [Fact]
    public async Task Past_the_first_thousand_waiting_only_the_id_is_kept_and_the_work_is_marked_deferred()
    {
        var lanes = new InboxLanes<string>(2);
        foreach (var i in Enumerable.Range(1, InboxLanes<string>.KeptInMemory + 5))
            lanes.Enqueue($"c{i % 7}", $"#{i}", "body", leftByStop: false);
        var withoutBody = new ConcurrentBag<string>();
        var deferred = new ConcurrentBag<bool>();
        var count = 0;

        await WorkUntilAsync(lanes, (turn, _) =>
        {
            if (turn.Body is null) withoutBody.Add(turn.InboxId);
            deferred.Add(Deferred.IsCurrent);
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }, () => Volatile.Read(ref count) == InboxLanes<string>.KeptInMemory + 5);

        Assert.Equal(Enumerable.Range(InboxLanes<string>.KeptInMemory + 1, 5).Select(i => $"#{i}"), withoutBody.OrderBy(id => int.Parse(id[1..])));
        Assert.All(deferred, Assert.True);
        Assert.False(Deferred.IsCurrent);
    }

    /// <summary>Works the lanes until <paramref name="done"/>, then stops them as the host does.</summary>
    private static async Task WorkUntilAsync(InboxLanes<string> lanes, Func<InboxTurn<string>, CancellationToken, Task> handle, Func<bool> done,
        Action<InboxTurn<string>, Exception>? failed = null)
    {
        using var stop = new CancellationTokenSource();
        var work = lanes.WorkAsync(TaskScheduler.Default, handle, failed ?? ((turn, e) => Assert.Fail($"{turn.InboxId} failed: {e}")), stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done() && DateTime.UtcNow < deadline && !work.IsCompleted) await Task.Delay(5);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
        Assert.True(done(), "The lanes stopped before their work was done.");
    }
}
