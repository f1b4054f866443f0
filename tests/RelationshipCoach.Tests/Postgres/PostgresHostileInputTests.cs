using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Postgres;

/// <summary>The same hostile requests on PostgreSQL, which is stricter than SQLite about what text it stores (no NUL, valid UTF-8 only).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostileInputTests(PostgresServer server)
{
    [PostgresFact]
    public async Task Hostile_requests_never_get_a_500_and_invalid_ones_change_nothing_on_postgresql()
    {
        await using var probe = await HostileInputProbe.StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Coach"] = await server.CreateDatabaseAsync(),
        });
        await probe.CheckAsync(iterations: 300);
    }
}
