using System.Threading.Channels;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Intake;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Guidance;

/// <summary>
/// Writes the ideas guidance replies showed, for the leads' digests, off the turns that showed them and many replies
/// at a time. Written by each turn, they were one write per guidance reply, and on SQLite every such turn waited for
/// its place among the process's writers before it could answer (at 1,500 requests a second, guidance answered in the
/// response took 55 ms at the median instead of 2.5). What arrives while a batch waits for its place goes in the next
/// one, so a quiet service writes each reply's ideas at once. A stop writes what is left; a crash can lose the ideas
/// of the replies since the last batch, which costs a digest a count, never a message.
/// </summary>
public sealed class ShownGuidanceWriter(IServiceScopeFactory scopes, ILogger<ShownGuidanceWriter> log) : BackgroundService
{
    /// <summary>Replies waiting to be written, at most; past it (the database slow or away) a turn writes its own, as before.</summary>
    public const int MostWaiting = 10_000;

    private const int MostPerBatch = 500;

    private readonly Channel<ShownGuidance> _waiting = Channel.CreateBounded<ShownGuidance>(new BoundedChannelOptions(MostWaiting) { SingleReader = true });

    /// <summary>Queues one reply's ideas; false when the queue is full or stopped, and the caller writes them itself.</summary>
    public bool TryAdd(ShownGuidance shown) => _waiting.Writer.TryWrite(shown);

    /// <summary>Ends once <see cref="StopAsync"/> has closed the queue and all it held is written, not when the stop begins.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Deferred.Mark();
        while (await _waiting.Reader.WaitToReadAsync(CancellationToken.None)) await WriteBatchAsync();
    }

    /// <summary>
    /// Closes the queue, so that turns still finishing after this service stops write their own; the stop then waits,
    /// within the host's shutdown timeout, for the loop to write what the queue holds.
    /// </summary>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _waiting.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task WriteBatchAsync()
    {
        var batch = new List<ShownGuidance>();
        while (batch.Count < MostPerBatch && _waiting.Reader.TryRead(out var shown)) batch.Add(shown);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<GuidanceLog>().RecordShownAsync(batch, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not write the ideas {Count} guidance replies showed.", batch.Count);
        }
    }
}
