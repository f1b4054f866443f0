using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Data.Sqlite;

/// <summary>
/// One writer at a time, in two lines: writers of open requests (slash commands and playground messages answered in
/// the response, reminders due now) go before <see cref="Deferred"/> work. Served in the order they came, a slash
/// command that logged a call waited behind every write of the Teams and Slack workers. After
/// <see cref="MostInARow"/> turns in a row to requests while deferred work waits, it gets one, so that a busy service
/// still answers what it has acknowledged.
/// </summary>
public sealed class WriterTurns
{
    public const int MostInARow = 4;

    private readonly object _gate = new();
    private readonly LinkedList<TaskCompletionSource> _requests = new();
    private readonly LinkedList<TaskCompletionSource> _deferred = new();
    private bool _taken;
    private int _inARow;

    /// <summary>Waits for the turn, however long.</summary>
    public Task WaitAsync(CancellationToken ct) => WaitAsync(Timeout.InfiniteTimeSpan, ct);

    /// <summary>Waits for the turn; false, without it, once <paramref name="most"/> has passed.</summary>
    public async Task<bool> WaitAsync(TimeSpan most, CancellationToken ct)
    {
        LinkedListNode<TaskCompletionSource> waiting;
        lock (_gate)
        {
            if (!_taken)
            {
                _taken = true;
                return true;
            }
            waiting = (Deferred.IsCurrent ? _deferred : _requests).AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
        try
        {
            await waiting.Value.Task.WaitAsync(most, ct);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (_gate)
            {
                if (waiting.List is { } line)
                {
                    line.Remove(waiting);
                    if (e is TimeoutException) return false;
                    throw;
                }
            }
            // The turn was passed to this writer as its wait ended: keep it, or pass it on when the wait was cancelled.
            if (e is TimeoutException) return true;
            Release();
            throw;
        }
    }

    /// <summary>Waits for the turn from synchronous code (EF's SaveChanges); false once <paramref name="most"/> has passed.</summary>
    public bool Wait(TimeSpan most) => WaitAsync(most, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Passes the turn to the next writer, or frees it.</summary>
    public void Release()
    {
        TaskCompletionSource next;
        lock (_gate)
        {
            var deferredNext = _deferred.First is not null && (_requests.First is null || _inARow >= MostInARow);
            var line = deferredNext ? _deferred : _requests;
            if (line.First is not { } first)
            {
                _taken = false;
                _inARow = 0;
                return;
            }
            line.RemoveFirst();
            _inARow = deferredNext ? 0 : _inARow + 1;
            next = first.Value;
        }
        next.SetResult();
    }
}
