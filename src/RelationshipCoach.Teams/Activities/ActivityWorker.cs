using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// Processes each lane's queued activities one after another, each in its own scope; a failure is logged and the next
/// goes on. The lanes run on threads below normal priority: a stored activity can wait in the inbox, so when requests
/// arrive faster than they can be answered the cores go to acknowledging them first. At start, the activities a stop
/// left in the inbox are queued first.
/// </summary>
public sealed class ActivityWorker(ActivityQueue queue, ActivityInbox inbox, IServiceScopeFactory scopes, ILogger<ActivityWorker> logger) : BackgroundService
{
    private readonly BackgroundThreads _threads = new("Teams activities", Math.Max(4, 2 * Environment.ProcessorCount));

    /// <summary>Listed when the host creates its services, before it takes any request: exactly the activities a stop left.</summary>
    private readonly string[] _leftByStop = [.. inbox.Waiting()];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var work = queue.WorkAsync(_threads, ProcessAsync, (turn, e) => logger.LogError(e,
            "Could not process Teams activity {InboxId} ({Type} {ActivityId} in conversation {ConversationId}).",
            turn.InboxId, turn.Body?.Type, turn.Body?.Id, turn.Body?.Conversation?.Id), stoppingToken);
        foreach (var inboxId in _leftByStop)
            if (await ReadStoredAsync(inboxId, stoppingToken) is { } activity)
                queue.Enqueue(inboxId, activity, leftByStop: true);
        await work;
    }

    private async Task<Activity?> ReadStoredAsync(string inboxId, CancellationToken ct)
    {
        if (await inbox.ReadAsync(inboxId, ct) is not { } body) return null;
        try
        {
            if (JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options) is { Conversation.Id.Length: > 0 } activity)
                return activity;
        }
        catch (JsonException)
        {
        }
        // Only authenticated, parsed activities are stored, so this was damaged outside the service (a file an earlier version left, say).
        logger.LogWarning("Teams activity {InboxId} in the inbox is not an activity; it is removed.", inboxId);
        inbox.Remove(inboxId);
        return null;
    }

    private async Task ProcessAsync(InboxTurn<Activity> turn, CancellationToken ct)
    {
        if ((turn.Body ?? await ReadStoredAsync(turn.InboxId, ct)) is not { } activity) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ActivityProcessor>().ProcessStoredAsync(turn.InboxId, activity, turn.LeftByStop, ct);
    }

    public override void Dispose()
    {
        base.Dispose();
        _threads.Dispose();
    }
}
