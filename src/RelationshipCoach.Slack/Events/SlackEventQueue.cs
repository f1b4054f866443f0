using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Slack.Events;

/// <summary>
/// Hands stored events to the workers without making Slack's acknowledgement wait for them. One lane per worker,
/// chosen by conversation, so a person's messages are answered one after another, in order, and never race each other
/// for the same rows. The lanes never make an acknowledgement wait: past <see cref="KeptInMemory"/> waiting, an event
/// waits in the inbox folder only and is read back in its turn. The lanes run on threads below normal priority, so
/// when requests arrive faster than they can be answered the cores go to acknowledging them first. At start, the
/// events a stop left in the folder are queued first.
/// </summary>
public sealed class SlackEventQueue(SlackEventInbox inbox, IServiceScopeFactory scopes, ILogger<SlackEventQueue> log) : BackgroundService
{
    /// <summary>Envelopes kept in memory while they wait; a flood beyond this costs disk, not memory.</summary>
    public const int KeptInMemory = 1000;

    /// <summary>
    /// The work mostly waits (on SQLite, on Slack, and on a channel's one-message-a-second pace), and a waiting lane
    /// costs no thread, so many more lanes than cores. Each lane busy costs memory, though (its scope, its share of
    /// the GC's work): at 1,500 requests a second, 16 lanes took 120 s after the load to answer the rest, 64 lanes
    /// 35 s at 30 MB more resident memory, 32 lanes 69 s (docs/performance.md, tenth round).
    /// </summary>
    public const int Lanes = 32;

    private readonly BackgroundThreads _threads = new("Slack events", Math.Max(4, 2 * Environment.ProcessorCount));
    private readonly Channel<StoredEvent>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateUnbounded<StoredEvent>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();
    private int _waiting;

    /// <summary>Listed when the host creates its services, before it takes any request: exactly the events a stop left.</summary>
    private readonly string[] _leftByStop = [.. inbox.Waiting()];

    /// <summary>Queues a stored event without waiting: the lanes are unbounded and never closed, so the write always succeeds.</summary>
    public void Offer(string eventId, byte[] envelope, string conversation) => Enqueue(eventId, envelope, conversation, EventOrigin.Received);

    /// <summary>The team and channel an event belongs to (the person, for events outside a channel, such as opening App Home).</summary>
    public static string ConversationOf(JsonElement envelope)
    {
        var team = Text(envelope, "team_id");
        var ev = envelope.TryGetProperty("event", out var e) ? e : default;
        return $"{team}/{Text(ev, "channel") ?? Text(ev, "user")}";
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = Enumerable.Range(0, Lanes)
            .Select(lane => Task.Factory.StartNew(() => DrainAsync(lane, stoppingToken), stoppingToken, TaskCreationOptions.None, _threads).Unwrap())
            .ToArray();
        foreach (var eventId in _leftByStop)
            if (await inbox.ReadAsync(eventId, stoppingToken) is { } envelope)
                Enqueue(eventId, envelope, ConversationOf(envelope), EventOrigin.LeftByStop);
        await Task.WhenAll(lanes);
    }

    public override void Dispose()
    {
        base.Dispose();
        _threads.Dispose();
    }

    private void Enqueue(string eventId, byte[] envelope, string conversation, EventOrigin origin)
    {
        var kept = Interlocked.Increment(ref _waiting) <= KeptInMemory ? envelope : null;
        _lanes[LaneOf(conversation)].Writer.TryWrite(new StoredEvent(eventId, kept, origin));
    }

    private async Task DrainAsync(int lane, CancellationToken stoppingToken)
    {
        // Acknowledged already, so it also waits for requests at the database's one writer.
        Deferred.Mark();
        await foreach (var stored in ReadAllAsync(lane, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SlackEventProcessor>().ProcessStoredAsync(stored.EventId, stored.Envelope, stored.Origin, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Could not answer Slack event {EventId}.", stored.EventId);
            }
        }
    }

    private async IAsyncEnumerable<StoredEvent> ReadAllAsync(int lane, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in _lanes[lane].Reader.ReadAllAsync(ct))
        {
            Interlocked.Decrement(ref _waiting);
            yield return stored;
        }
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

    private static int LaneOf(string conversation) => (int)((uint)StringComparer.Ordinal.GetHashCode(conversation) % Lanes);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An event in its lane: its envelope unless too many wait, in which case it is read back from the folder.</summary>
    private sealed record StoredEvent(string EventId, byte[]? Envelope, EventOrigin Origin);
}
