using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Hands stored events to the workers without making Slack's acknowledgement wait for them, in lanes by conversation
/// (<see cref="InboxLanes{T}"/>), so a person's messages are answered one after another, in order, and never race
/// each other for the same rows. The lanes run on threads below normal priority, so when requests arrive faster than
/// they can be answered the cores go to acknowledging them first. At start, the events a stop left in the folder are
/// queued first.
/// </summary>
public sealed class SlackEventQueue(SlackEventInbox inbox, IServiceScopeFactory scopes, ILogger<SlackEventQueue> log) : BackgroundService
{
    /// <summary>
    /// The work mostly waits (on SQLite, on Slack, and on a channel's one-message-a-second pace), and a waiting lane
    /// costs no thread, so many more lanes than cores. Each lane busy costs memory, though (its scope, its share of
    /// the GC's work): at 1,500 requests a second, 16 lanes took 120 s after the load to answer the rest, 64 lanes
    /// 35 s at 30 MB more resident memory, 32 lanes 69 s (docs/performance.md, tenth round).
    /// </summary>
    public const int Lanes = 32;

    private readonly BackgroundThreads _threads = new("Slack events", Math.Max(4, 2 * Environment.ProcessorCount));
    private readonly InboxLanes<byte[]> _lanes = new(Lanes);

    /// <summary>Listed when the host creates its services, before it takes any request: exactly the events a stop left.</summary>
    private readonly string[] _leftByStop = [.. inbox.Waiting()];

    /// <summary>Queues a stored event without waiting.</summary>
    public void Offer(string eventId, byte[] envelope, string conversation) => _lanes.Enqueue(conversation, eventId, envelope, leftByStop: false);

    /// <summary>The team and channel an event belongs to (the person, for events outside a channel, such as opening App Home).</summary>
    public static string ConversationOf(JsonElement envelope)
    {
        var team = Text(envelope, "team_id");
        var ev = envelope.TryGetProperty("event", out var e) ? e : default;
        return $"{team}/{Text(ev, "channel") ?? Text(ev, "user")}";
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var work = _lanes.WorkAsync(_threads, AnswerAsync, (turn, e) => log.LogError(e, "Could not answer Slack event {EventId}.", turn.InboxId), stoppingToken);
        foreach (var eventId in _leftByStop)
            if (await inbox.ReadAsync(eventId, stoppingToken) is { } envelope)
                _lanes.Enqueue(ConversationOf(envelope), eventId, envelope, leftByStop: true);
        await work;
    }

    public override void Dispose()
    {
        base.Dispose();
        _threads.Dispose();
    }

    private async Task AnswerAsync(InboxTurn<byte[]> turn, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlackEventProcessor>().ProcessStoredAsync(turn.InboxId, turn.Body, turn.LeftByStop ? EventOrigin.LeftByStop : EventOrigin.Received, ct);
    }

    /// <summary>A body that does not parse goes to any lane: the processor reports it when it fails to read it too.</summary>
    private static string ConversationOf(byte[] envelope)
    {
        try
        {
            using var doc = JsonDocument.Parse(envelope);
            return ConversationOf(doc.RootElement);
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
