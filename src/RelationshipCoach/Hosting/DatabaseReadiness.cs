namespace RelationshipCoach.Hosting;

/// <summary>Whether the database is migrated and answering yet, and if not, why: read by the health check and the request gate.</summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _problem = "The database has not been opened yet.";

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Why the database is not ready, or null once it is.</summary>
    public string? Problem => _problem;

    public Task WhenReady(CancellationToken ct) => _ready.Task.WaitAsync(ct);

    public void Failed(string problem) => _problem = problem;

    public void MarkReady()
    {
        _problem = null;
        _ready.TrySetResult();
    }
}
