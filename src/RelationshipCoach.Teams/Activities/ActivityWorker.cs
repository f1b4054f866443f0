using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Processes each lane's queued activities one after another, each in its own scope; a failure is logged and the next goes on.</summary>
public sealed class ActivityWorker(ActivityQueue queue, IServiceScopeFactory scopes, ILogger<ActivityWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, ActivityQueue.Lanes).Select(lane => Task.Run(() => DrainAsync(lane, stoppingToken), stoppingToken)));

    private async Task DrainAsync(int lane, CancellationToken stoppingToken)
    {
        await foreach (var activity in queue.ReadAllAsync(lane, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ActivityProcessor>().ProcessAsync(activity, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Could not process Teams {Type} activity {ActivityId} in conversation {ConversationId}.",
                    activity.Type, activity.Id, activity.Conversation?.Id);
            }
        }
    }
}
