using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Hands stored events to the background workers. The inbox folder is the queue; the workers' in-memory queue is
/// only its fast path. An event that finds the workers' queue full stays in the folder and is picked up from there
/// when they catch up, so Slack's acknowledgement never waits for the background (Slack itself caps a workspace
/// at 30,000 events an hour, which bounds the folder).
/// </summary>
public sealed class SlackEventQueue(SlackEventInbox inbox, SlackWorkQueue work) : BackgroundService
{
    /// <summary>Events in the workers' queue or being handled, so that a pass over the folder does not queue them again.</summary>
    private readonly ConcurrentDictionary<string, byte> _queued = new();
    private readonly Channel<bool> _spilled = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Queues a stored event without waiting; its envelope travels along so that it is not read back from the folder.</summary>
    public void Offer(string eventId, byte[] envelope)
    {
        if (!_queued.TryAdd(eventId, 0)) return;
        if (work.TryEnqueue(Handle(eventId, envelope, EventOrigin.Received))) return;
        _queued.TryRemove(eventId, out _);
        _spilled.Writer.TryWrite(true);
    }

    /// <summary>First the events a stop left in the folder, then, each time the workers' queue was found full, whatever waits there.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var origin = EventOrigin.LeftByStop;
        do
        {
            foreach (var eventId in inbox.Waiting())
                if (_queued.TryAdd(eventId, 0)) await work.EnqueueAsync(Handle(eventId, envelope: null, origin), stoppingToken);
            origin = EventOrigin.Received;
        }
        while (await _spilled.Reader.WaitToReadAsync(stoppingToken) && _spilled.Reader.TryRead(out _));
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
