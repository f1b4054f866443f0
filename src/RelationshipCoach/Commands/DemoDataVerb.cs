using System.CommandLine;
using RelationshipCoach.Demo;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Commands;

/// <summary>`demo-data`: fills the configured database with the demo team and eight weeks of history, once.</summary>
public static class DemoDataVerb
{
    public static Command Create()
    {
        var command = new Command("demo-data", "Load a demo team (leads, reps on every channel, eight weeks of calls and guidance) into the configured database.");
        command.SetAction(async (_, ct) =>
        {
            // Only warnings on the console: the verb's own output (JSON included) must stay clean.
            await using var app = CoachApp.Build(["--Logging:LogLevel:Default=Warning"]);
            await app.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            if (await demo.IsLoadedAsync(ct))
            {
                Console.WriteLine("The demo is already in this database.");
                return 0;
            }
            Console.WriteLine($"Loaded the demo: {await demo.LoadAsync(ct)} calls over eight weeks. Try: digest --lead lead1");
            return 0;
        });
        return command;
    }
}
