using Microsoft.Data.Sqlite;

namespace RelationshipCoach.Bench.Load.Scheduler;

/// <summary>
/// Direct SQL on the host's SQLite file for what is set-up or observation rather than the path under test: seeding
/// calls in one transaction, moving a call's due time, and reading what the reminders left in the playground feed.
/// </summary>
public sealed class ReminderTable(string databasePath)
{
    private readonly string _connection = new SqliteConnectionStringBuilder { DataSource = databasePath, DefaultTimeout = 30 }.ToString();

    /// <summary>Adds open calls for the rep, each due at the given Unix millisecond, and returns their ids in order.</summary>
    public async Task<long[]> SeedCallsAsync(long repId, IReadOnlyList<long> dueAtMs, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO calls (RepId, Client, Topic, HeldAt, LoggedAt, Status, NextReminderAt, RemindersSent)
            VALUES ($rep, 'Bench Client', 'scheduler benchmark', $at, $at, 'Open', $due, 0) RETURNING Id
            """;
        var rep = insert.Parameters.Add("$rep", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        var due = insert.Parameters.Add("$due", SqliteType.Integer);
        rep.Value = repId;
        at.Value = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var ids = new long[dueAtMs.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            due.Value = dueAtMs[i];
            ids[i] = (long)(await insert.ExecuteScalarAsync(ct))!;
        }
        await tx.CommitAsync(ct);
        return ids;
    }

    public async Task SetDueAsync(IEnumerable<long> callIds, long dueAtMs, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var update = db.CreateCommand();
        update.CommandText = $"UPDATE calls SET NextReminderAt = $due WHERE Id IN ({string.Join(",", callIds)})";
        update.Parameters.AddWithValue("$due", dueAtMs);
        await update.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Gives each call its own rep, in order.</summary>
    public async Task AssignRepsAsync(IReadOnlyList<long> callIds, IReadOnlyList<long> repIds, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        var update = db.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE calls SET RepId = $rep WHERE Id = $id";
        var rep = update.Parameters.Add("$rep", SqliteType.Integer);
        var id = update.Parameters.Add("$id", SqliteType.Integer);
        for (var i = 0; i < callIds.Count; i++)
        {
            (rep.Value, id.Value) = (repIds[i], callIds[i]);
            await update.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>The send times (Unix ms) of everyone's feed items after the given feed id: here, only reminders reach feeds.</summary>
    public async Task<List<(long Id, long At)>> FeedAfterAsync(long afterId, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var query = db.CreateCommand();
        query.CommandText = "SELECT Id, At FROM feed_items WHERE Id > $after ORDER BY Id";
        query.Parameters.AddWithValue("$after", afterId);
        var items = new List<(long, long)>();
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) items.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return items;
    }

    public async Task<long> PendingTriggersAsync(CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        var query = db.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'call-reminders'";
        return (long)(await query.ExecuteScalarAsync(ct))!;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var db = new SqliteConnection(_connection);
        await db.OpenAsync(ct);
        return db;
    }
}
