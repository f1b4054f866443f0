using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RelationshipCoach.Slack.Work;

namespace RelationshipCoach.Slack.Events;

/// <summary>Hands stored events to the background workers: new ones as they arrive, and at start those a stop left waiting.</summary>
public sealed class SlackEventQueue(SlackEventInbox inbox, SlackWorkQueue work) : BackgroundService
{
    /// <summary>Queues a stored event; its envelope travels along so that it is not read back from the inbox.</summary>
    public ValueTask EnqueueAsync(string eventId, byte[]? envelope, CancellationToken ct) =>
        work.EnqueueAsync((services, token) => services.GetRequiredService<SlackEventProcessor>().ProcessStoredAsync(eventId, envelope, token), ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var eventId in inbox.Waiting()) await EnqueueAsync(eventId, envelope: null, stoppingToken);
    }
}
