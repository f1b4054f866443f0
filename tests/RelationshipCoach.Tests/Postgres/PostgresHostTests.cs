using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RelationshipCoach.Data;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Postgres;

/// <summary>The host on a fresh PostgreSQL database: its migrations create the app's and Quartz's tables, and it reports itself healthy and clustered.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresServer server)
{
    [PostgresFact]
    public async Task A_fresh_database_is_migrated_and_the_host_is_healthy_with_a_clustered_persistent_scheduler()
    {
        var database = await server.CreateDatabaseAsync();
        await using var host = CoachFactory.With(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Coach"] = database,
        });

        var response = await host.CreateClient().GetAsync("/healthz");
        var health = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string)health!["checks"]!["database"]!["status"]!);
        Assert.Contains("Npgsql", (string)health["checks"]!["database"]!["detail"]!);
        Assert.StartsWith("Running, persistent, clustered, instance ", (string)health["checks"]!["scheduler"]!["detail"]!);

        var tables = await TablesAsync(database);
        Assert.Equal(15, tables.Count(t => t.StartsWith("qrtz_", StringComparison.Ordinal)));
        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "users", "calls", "feed_items", "processed_requests", "channel_addresses", "installations" });
        await using var db = new PostgresCoachDbContext(new DbContextOptionsBuilder<PostgresCoachDbContext>().UseNpgsql(database).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static async Task<List<string>> TablesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }
}
