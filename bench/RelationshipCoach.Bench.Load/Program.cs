using RelationshipCoach.Bench.Load.Load;
using RelationshipCoach.Bench.Load.Scheduler;

namespace RelationshipCoach.Bench.Load;

/// <summary>The entry point; a named class, because the tests reference both this program and the host's top-level Program.</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        var options = BenchOptions.Parse(args);
        return options.Mode switch
        {
            BenchMode.Scheduler => await SchedulerBenchmark.RunAsync(options, Console.Out),
            _ => (await LoadBenchmark.RunAsync(options, Console.Out)).Errors == 0 ? 0 : 1,
        };
    }
}
