using System.Text.Json.Nodes;
using Npgsql;

namespace RelationshipCoach.Tests.Infrastructure;

/// <summary>Reads the reminders every instance delivered straight from the shared feed table, with each call's due time.</summary>
public static class ReminderFeed
{
    /// <summary>One delivered reminder: the call, when it was due, when it reached the feed (Unix ms).</summary>
    public sealed record Delivery(long CallId, long DueAt, long DeliveredAt);

    public static async Task<IReadOnlyList<Delivery>> ReadAsync(string connectionString, TimeSpan confirmAfter)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var heldAt = new Dictionary<long, long>();
        await using (var calls = new NpgsqlCommand("""SELECT "Id", "HeldAt" FROM calls""", connection))
        await using (var reader = await calls.ExecuteReaderAsync())
            while (await reader.ReadAsync()) heldAt[reader.GetInt64(0)] = reader.GetInt64(1);

        var deliveries = new List<Delivery>();
        await using (var feed = new NpgsqlCommand("""SELECT "ReplyJson", "At" FROM feed_items ORDER BY "Id" """, connection))
        await using (var reader = await feed.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                var reply = JsonNode.Parse(reader.GetString(0))!;
                if ((string?)reply["kind"] != "call.reminder") continue;
                var callId = long.Parse((string)reply["actions"]![0]!["values"]!["callId"]!);
                deliveries.Add(new Delivery(callId, heldAt[callId] + (long)confirmAfter.TotalMilliseconds, reader.GetInt64(1)));
            }
        return deliveries;
    }

    /// <summary>The ids of the scheduler instances checked in with the cluster right now.</summary>
    public static async Task<IReadOnlyList<string>> ClusterInstancesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
