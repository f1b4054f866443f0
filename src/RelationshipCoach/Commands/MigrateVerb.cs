using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Data;
using RelationshipCoach.Hosting;

namespace RelationshipCoach.Commands;

/// <summary>`migrate`: brings the configured database to the latest schema and exits, for deployments that migrate before starting instances.</summary>
public static class MigrateVerb
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database migrations (the app's tables and Quartz's) and exit.");
        command.SetAction(async (_, ct) =>
        {
            await using var app = CoachApp.Build([]);
            await using var scope = app.Services.CreateAsyncScope();
            await app.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().MigrateAsync(ct);
            var applied = await scope.ServiceProvider.GetRequiredService<CoachDbContext>().Database.GetAppliedMigrationsAsync(ct);
            Console.WriteLine($"Database is at migration {applied.LastOrDefault()}.");
            return 0;
        });
        return command;
    }
}
