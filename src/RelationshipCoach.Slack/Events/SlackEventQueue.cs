using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Hands stored events to the background workers without making Slack's acknowledgement wait for them. An event
/// that finds the workers' queue full is already safe in the inbox folder; only its id waits in line here, and the
/// event is read back from the folder when the workers catch up (Slack itself caps a workspace at 30,000 events an
/// hour, which bounds that line). At start, the events a stop left in the folder are queued first.
/// </summary>
public sealed class SlackEventQueue(SlackEventInbox inbox, SlackEventWorkQueue work) : BackgroundService
{
    /// <summary>Events in the workers' queue or being handled, so that the start's pass over the folder does not queue them again.</summary>
    private readonly ConcurrentDictionary<string, byte> _queued = new();
    private readonly Channel<string> _waiting = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    /// <summary>
    /// Ids in the line, counting the one being handed to the workers until they have taken it; the channel's own
    /// count drops when it is read, which would let a newcomer pass it.
    /// </summary>
    private int _waitingCount;

    /// <summary>Listed when the host creates its services, before it takes any request: exactly the events a stop left.</summary>
    private readonly string[] _leftByStop = [.. inbox.Waiting()];

    /// <summary>Queues a stored event without waiting; its envelope travels along so that it is not read back from the folder.</summary>
    public void Offer(string eventId, byte[] envelope)
    {
        if (!_queued.TryAdd(eventId, 0)) return;
        // While others wait in line, a newcomer joins the line too: a person's messages are answered in order.
        if (Volatile.Read(ref _waitingCount) == 0 && work.TryEnqueue(Handle(eventId, envelope, EventOrigin.Received))) return;
        _queued.TryRemove(eventId, out _);
        Interlocked.Increment(ref _waitingCount);
        _waiting.Writer.TryWrite(eventId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var eventId in _leftByStop)
            if (_queued.TryAdd(eventId, 0)) await work.EnqueueAsync(Handle(eventId, envelope: null, EventOrigin.LeftByStop), stoppingToken);
        await foreach (var eventId in _waiting.Reader.ReadAllAsync(stoppingToken))
        {
            if (_queued.TryAdd(eventId, 0)) await work.EnqueueAsync(Handle(eventId, envelope: null, EventOrigin.Received), stoppingToken);
            Interlocked.Decrement(ref _waitingCount);
        }
    }

    private Func<IServiceProvider, CancellationToken, Task> Handle(string eventId, byte[]? envelope, EventOrigin origin) =>
        async (services, ct) =>
        {
            try
            {
                await services.GetRequiredService<SlackEventProcessor>().ProcessStoredAsync(eventId, envelope, origin, ct);
            }
            finally
            {
                _queued.TryRemove(eventId, out _);
            }
        };
}
