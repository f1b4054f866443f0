using RelationshipCoach.Core.Intake;
using RelationshipCoach.Data.Sqlite;

namespace RelationshipCoach.Data.Tests;

public sealed class WriterTurnsTests
{
    [Fact]
    public async Task A_request_waiting_goes_before_deferred_work_that_waited_longer()
    {
        var turns = new WriterTurns();
        await turns.WaitAsync(default);
        var deferred = DeferredWaitAsync(turns);
        var request = turns.WaitAsync(default);

        turns.Release();
        await request.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(deferred.IsCompleted);

        turns.Release();
        await deferred.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Deferred_work_gets_a_turn_after_a_run_of_requests()
    {
        var turns = new WriterTurns();
        await turns.WaitAsync(default);
        var deferred = DeferredWaitAsync(turns);
        var requests = Enumerable.Range(0, WriterTurns.MostInARow + 1).Select(_ => turns.WaitAsync(default)).ToList();

        for (var i = 0; i < WriterTurns.MostInARow; i++)
        {
            turns.Release();
            await requests[i].WaitAsync(TimeSpan.FromSeconds(10));
        }
        Assert.False(deferred.IsCompleted);

        turns.Release();
        await deferred.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(requests[^1].IsCompleted);
    }

    [Fact]
    public async Task A_writer_that_gave_up_waiting_leaves_the_line()
    {
        var turns = new WriterTurns();
        await turns.WaitAsync(default);
        Assert.False(await turns.WaitAsync(TimeSpan.FromMilliseconds(1), default));
        using var cancel = new CancellationTokenSource();
        var cancelled = turns.WaitAsync(cancel.Token);
        var next = turns.WaitAsync(default);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        turns.Release();
        await next.WaitAsync(TimeSpan.FromSeconds(10));

        turns.Release();
        Assert.True(await turns.WaitAsync(TimeSpan.Zero, default));
    }

    /// <summary>Runs up to its wait at once, so it is in line before the call returns; the mark ends with the method.</summary>
    private static async Task DeferredWaitAsync(WriterTurns turns)
    {
        Deferred.Mark();
        await turns.WaitAsync(default);
    }
}
