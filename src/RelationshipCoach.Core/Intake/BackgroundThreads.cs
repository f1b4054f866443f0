using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace RelationshipCoach.Core.Intake;

/// <summary>
/// A task scheduler whose threads run below normal OS priority, for work that may wait while requests are being
/// acknowledged. Continuations of the work's awaits come back here too; only the inside of library calls that leave
/// their context (HTTP, file I/O) runs on the thread pool.
/// </summary>
public sealed class BackgroundThreads : TaskScheduler, IDisposable
{
    /// <summary>Linux's nice value for the threads: 10 leaves them about a tenth of a busy core's time.</summary>
    public const int Niceness = 10;
    private readonly BlockingCollection<Task> _tasks = [];
    private readonly Thread[] _threads;

    public BackgroundThreads(string name, int count)
    {
        _threads = Enumerable.Range(1, count).Select(i => new Thread(Run) { IsBackground = true, Name = $"{name} {i}" }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    public void Dispose() => _tasks.CompleteAdding();

    protected override void QueueTask(Task task)
    {
        try
        {
            _tasks.Add(task);
        }
        catch (InvalidOperationException)
        {
            // Disposed while work was still finishing (the host stopping): its last continuations run on the thread pool.
            ThreadPool.UnsafeQueueUserWorkItem(late => TryExecuteTask(late), task, preferLocal: false);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _tasks.ToArray();

    private void Run()
    {
        LowerPriority();
        foreach (var task in _tasks.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    /// <summary>
    /// On Linux the nice value is per thread and .NET's Thread.Priority does nothing, so it is set directly. Where the
    /// C library cannot be reached the work runs at normal priority: slower to yield, never wrong.
    /// </summary>
    private static void LowerPriority()
    {
        try
        {
            if (OperatingSystem.IsLinux()) setpriority(PrioProcess, gettid(), Niceness);
            else Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException)
        {
        }
    }

    private const int PrioProcess = 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);

    [DllImport("libc")]
    private static extern int gettid();
}
