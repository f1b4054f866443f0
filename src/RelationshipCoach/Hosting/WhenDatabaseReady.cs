namespace RelationshipCoach.Hosting;

/// <summary>
/// A start-up step that needs the database: it runs during start when the database is ready, as before, and
/// otherwise as soon as the database comes back, so that the host (and its health endpoint) is up meanwhile.
/// </summary>
public abstract class WhenDatabaseReady(DatabaseReadiness readiness, ILogger log) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _deferred = Task.CompletedTask;

    protected abstract Task RunAsync(CancellationToken ct);

    public async Task StartAsync(CancellationToken ct)
    {
        if (readiness.IsReady) await RunAsync(ct);
        else _deferred = RunDeferredAsync(_stopping.Token);
    }

    public virtual async Task StopAsync(CancellationToken ct)
    {
        await _stopping.CancelAsync();
        await _deferred;
    }

    private async Task RunDeferredAsync(CancellationToken ct)
    {
        try
        {
            await readiness.WhenReady(ct);
            await RunAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError("{Step} failed after the database came back: {Reason}", GetType().Name, e.Message);
        }
    }
}
