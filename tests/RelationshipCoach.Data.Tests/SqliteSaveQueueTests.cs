using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Data.Tests;

public sealed class SqliteSaveQueueTests : IDisposable
{
    private readonly TemporaryDatabase _file = new();

    [Fact]
    public async Task A_save_waits_its_turn_behind_a_transaction_longer_than_sqlites_busy_timeout_and_succeeds()
    {
        // A one-second busy timeout: a save that waited in SQLite's busy handler would fail with "database is locked".
        await using var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddCoachDatabase(DatabaseProvider.Sqlite, _file.ConnectionString + ";Default Timeout=1")
            .BuildServiceProvider();
        await using (var setup = services.CreateAsyncScope())
            await setup.ServiceProvider.GetRequiredService<CoachDbContext>().Database.MigrateAsync();

        await using var holder = services.CreateAsyncScope();
        var holderDb = holder.ServiceProvider.GetRequiredService<CoachDbContext>();
        await using var transaction = await new DbTransactions(holderDb).BeginAsync(CancellationToken.None);
        Assert.True(await new InboundLedger(holderDb, TimeProvider.System).FirstTimeAsync("held", CancellationToken.None));

        await using var saver = services.CreateAsyncScope();
        var saved = new InboundLedger(saver.ServiceProvider.GetRequiredService<CoachDbContext>(), TimeProvider.System)
            .FirstTimeAsync("waiting", CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(saved.IsCompleted);

        await transaction.CommitAsync(CancellationToken.None);
        Assert.True(await saved);
    }

    public void Dispose() => _file.Dispose();
}
