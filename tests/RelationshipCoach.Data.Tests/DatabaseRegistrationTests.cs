using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Entities;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Data.Tests;

public sealed class DatabaseRegistrationTests : MigratedDatabase
{
    [Fact]
    public async Task A_failed_save_is_thrown_to_its_caller_and_not_logged_by_EF_as_an_error()
    {
        var rep = new UserRef(Channels.Slack, "T1", "UTWICE");
        await new UserDirectory(Db, new PeopleSeen(), TimeProvider.System).GetOrCreateAsync(rep, default);
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Debug)).AddFakeLogging()
            .AddCoachDatabase(DatabaseProvider.Sqlite, Db.Database.GetConnectionString()!)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoachDbContext>();
        // The same person a second time, as a request that lost the race to create them would insert them.
        db.Users.Add(new UserRow { Channel = rep.Channel, Tenant = rep.Tenant, ChannelUserId = rep.UserId, Role = nameof(Role.Rep) });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("UNIQUE", error.InnerException!.Message, StringComparison.Ordinal);
        var logged = services.GetFakeLogCollector().GetSnapshot().Where(r => r.Category?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(logged, r => r.Category == "Microsoft.EntityFrameworkCore.Update" && r.Exception is DbUpdateException);
        Assert.DoesNotContain(logged, r => r.Level >= LogLevel.Warning);
    }
}
