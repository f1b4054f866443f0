using NodaTime;
using Quartz;
using RelationshipCoach.Core.Privacy;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Scheduling;

/// <summary>Every night, clears the topics and notes of calls older than Retention:CallNotes; the calls stay for the counts.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IPersonalData data, OneShotTriggers triggers, CoachConfiguration configuration, TimeProvider clock, ILogger<RetentionJob> log)
    : IJob
{
    private static readonly JobKey Key = new("call-notes", "retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var cutoff = now - Duration.FromTimeSpan(configuration.CallNotesRetention);
        var cleared = await data.ClearCallNotesAsync(cutoff, ct);
        if (cleared > 0) log.LogInformation("Cleared the notes of {Count} calls held before {Cutoff}.", cleared, cutoff);
        await PlanAsync(triggers, now, ct);
    }

    /// <summary>The next run at 03:00 UTC, a quiet hour for most of the world; replacing it keeps one pending run, whatever starts it.</summary>
    public static Task PlanAsync(OneShotTriggers triggers, Instant now, CancellationToken ct)
    {
        var next = now.InUtc().Date.PlusDays(1).At(new LocalTime(3, 0)).InUtc().ToInstant();
        return triggers.SetAsync<RetentionJob>(Key, "run", 0, next, ct);
    }
}
