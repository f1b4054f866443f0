using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Core.Tests.Intake;

public sealed class BackgroundThreadsTests
{
    [Fact]
    public async Task Work_and_the_continuations_of_its_awaits_run_on_the_named_threads_at_the_lower_priority()
    {
        using var threads = new BackgroundThreads("Test work", 2);

        var (before, after, niceness) = await Task.Factory.StartNew(async () =>
        {
            var before = Thread.CurrentThread.Name;
            await Task.Delay(10);
            return (before, Thread.CurrentThread.Name, OperatingSystem.IsLinux() ? NicenessOfThisThread() : BackgroundThreads.Niceness);
        }, CancellationToken.None, TaskCreationOptions.None, threads).Unwrap();

        Assert.StartsWith("Test work ", before);
        Assert.StartsWith("Test work ", after);
        Assert.Equal(BackgroundThreads.Niceness, niceness);
        Assert.Equal(2, threads.MaximumConcurrencyLevel);
    }

    [Fact]
    public async Task Work_that_arrives_after_disposal_still_runs()
    {
        var threads = new BackgroundThreads("Stopped work", 1);
        threads.Dispose();

        var ran = await Task.Factory.StartNew(() => Thread.CurrentThread.Name, CancellationToken.None, TaskCreationOptions.None, threads);

        Assert.NotEqual("Stopped work 1", ran);
    }

    /// <summary>Field 19 of /proc/thread-self/stat; the second field, the name in parentheses, may hold spaces.</summary>
    private static int NicenessOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16]);
    }
}
