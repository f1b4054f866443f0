using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Proactive sends and held messages in the app's database; a held reply is kept whole, as JSON.</summary>
public sealed class DeliveryLedger(CoachDbContext db) : IDeliveryLedger
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // Compiled once: every open-items turn lists the held messages.
    private static readonly CompiledPerModel<Func<CoachDbContext, long, IAsyncEnumerable<string>>> HeldTitles =
        new(() => EF.CompileAsyncQuery<CoachDbContext, long, string>((db, userId) =>
            db.HeldMessages.AsNoTracking().Where(h => h.UserId == userId).OrderBy(h => h.Id).Select(h => h.Title)));

    public Task<int> CountSentAsync(long userId, Instant from, Instant to, CancellationToken ct)
    {
        var (start, end) = (from.ToColumn(), to.ToColumn());
        return db.ProactiveSends.CountAsync(s => s.UserId == userId && s.At >= start && s.At < end, ct);
    }

    public async Task RecordSentAsync(long userId, Instant at, CancellationToken ct)
    {
        db.ProactiveSends.Add(new ProactiveSendRow { UserId = userId, At = at.ToColumn() });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<long> HoldAsync(long userId, Reply reply, Instant until, DeliveryFailure? failure, CancellationToken ct)
    {
        var row = new HeldMessageRow
        {
            UserId = userId,
            Title = Title(reply),
            ReplyJson = JsonSerializer.Serialize(reply, Json),
            HoldUntil = until.ToColumn(),
            FirstFailedAt = failure?.FirstFailedAt.ToColumn(),
            Attempts = failure?.Attempts ?? 0,
            FailureReason = failure?.Reason,
        };
        db.HeldMessages.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return row.Id;
    }

    public Task ReleaseAsync(long heldId, CancellationToken ct) => db.HeldMessages.Where(h => h.Id == heldId).ExecuteDeleteAsync(ct);

    public async Task<IReadOnlyList<(long UserId, Instant Earliest)>> EarliestHoldsAsync(CancellationToken ct) =>
        (await db.HeldMessages.GroupBy(h => h.UserId).Select(g => new { UserId = g.Key, Earliest = g.Min(h => h.HoldUntil) }).ToListAsync(ct))
        .Select(h => (h.UserId, h.Earliest.ToInstant())).ToList();

    public async Task<Instant?> EarliestHoldAsync(long userId, CancellationToken ct) =>
        (await db.HeldMessages.Where(h => h.UserId == userId).MinAsync(h => (long?)h.HoldUntil, ct)).ToInstant();

    public async Task<IReadOnlyList<HeldMessage>> TakeDueAsync(long userId, Instant now, CancellationToken ct)
    {
        var due = now.ToColumn();
        var rows = await db.HeldMessages.Where(h => h.UserId == userId && h.HoldUntil <= due).OrderBy(h => h.Id).ToListAsync(ct);
        db.HeldMessages.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return rows.Select(r => new HeldMessage(
            JsonSerializer.Deserialize<Reply>(r.ReplyJson, Json)!,
            r.FirstFailedAt is { } first ? new DeliveryFailure(first.ToInstant(), r.Attempts, r.FailureReason ?? "") : null)).ToList();
    }

    public async Task<IReadOnlyList<string>> HeldTitlesAsync(long userId, CancellationToken ct) =>
        await HeldTitles.For(db)(db, userId).ToListAsync(ct);

    public async Task RecordFailedAsync(long userId, Reply reply, DeliveryFailure failure, CancellationToken ct)
    {
        db.FailedDeliveries.Add(new FailedDeliveryRow
        {
            UserId = userId, Kind = Truncate(reply.Kind, 64), Title = Title(reply), FirstFailedAt = failure.FirstFailedAt.ToColumn(),
            FailedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), Attempts = failure.Attempts, Reason = Truncate(failure.Reason, 300),
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static string Title(Reply reply) => Truncate(reply.Title ?? reply.Blocks.FirstOrDefault()?.Text ?? reply.Kind, 200);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
