using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Playground;

namespace RelationshipCoach.Hosting;

/// <summary>
/// Before the scheduler starts, goes once through sending a reminder without keeping or sending anything (see
/// <see cref="ConfirmationReminders.RehearseAsync"/>): the reminders that fall due together right after a start
/// then go out as fast as those of a running service.
/// </summary>
public sealed class ReminderRehearsal(IServiceProvider services, DatabaseReadiness readiness, ILogger<ReminderRehearsal> log)
    : WhenDatabaseReady(readiness, log)
{
    /// <summary>A playground person, whose messages stay in the database and are rolled back with the rest.</summary>
    private static readonly UserRef Placeholder = PlaygroundUsers.Ref("reminder-rehearsal");

    protected override async Task RunAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ConfirmationReminders>().RehearseAsync(Placeholder, ct);
            log.LogInformation("Reminder path rehearsed in {Milliseconds} ms.", started.ElapsedMilliseconds);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Only the first reminders' speed depends on it: the service starts anyway.
            log.LogWarning("Rehearsing the reminder path failed: {Reason}", e.Message);
        }
    }
}
