using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Data;
using RelationshipCoach.Data.Stores;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Postgres;

/// <summary>Two instances receiving the same delivery at once: the database lets exactly one of them handle it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class InboundLedgerRaceTests(PostgresServer server)
{
    [PostgresFact]
    public async Task Of_two_instances_racing_with_the_same_key_exactly_one_is_first()
    {
        var database = await server.CreateDatabaseAsync();
        await using (var setup = Open(database)) await setup.Database.MigrateAsync();
        await using var first = Open(database);
        await using var second = Open(database);
        var ledgers = new[] { new InboundLedger(first, TimeProvider.System), new InboundLedger(second, TimeProvider.System) };

        for (var i = 0; i < 100; i++)
        {
            var key = $"slack:Ev{i}";
            var answers = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.FirstTimeAsync(key, default))));
            Assert.Single(answers, a => a);
        }
        Assert.False(await ledgers[0].FirstTimeAsync("slack:Ev7", default));
        Assert.True(await ledgers[1].FirstTimeAsync("slack:EvNew", default));
    }

    [PostgresFact]
    public async Task A_database_failure_is_not_mistaken_for_a_repeat()
    {
        var database = await server.CreateDatabaseAsync();
        // Not migrated: the table is missing, which is an error to surface, not a delivery to drop as already seen.
        await using var db = Open(database);
        var ledger = new InboundLedger(db, TimeProvider.System);
        await Assert.ThrowsAsync<DbUpdateException>(() => ledger.FirstTimeAsync("slack:Ev1", default));
    }

    private static PostgresCoachDbContext Open(string database) =>
        new(new DbContextOptionsBuilder<PostgresCoachDbContext>().UseNpgsql(database).Options);
}
