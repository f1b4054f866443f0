namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>Makes a fake's calls wait unanswered until released: the service the fake stands for being slow.</summary>
public sealed class OutsideDelay
{
    private TaskCompletionSource? _held;

    /// <summary>Calls from now on wait until the returned release is called.</summary>
    public Action Hold()
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held = held;
        return () =>
        {
            _held = null;
            held.TrySetResult();
        };
    }

    public Task WhileHeldAsync() => _held?.Task ?? Task.CompletedTask;
}
