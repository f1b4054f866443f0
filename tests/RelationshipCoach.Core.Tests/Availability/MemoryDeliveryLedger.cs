using NodaTime;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Tests.Availability;

/// <summary>Sends, held and failed messages kept in memory, for Core tests that run without a database.</summary>
public sealed class MemoryDeliveryLedger : IDeliveryLedger
{
    public List<(long UserId, Instant At)> SentAt { get; } = [];
    public List<(long UserId, HeldMessage Message, Instant Until, long Id)> Held { get; } = [];
    public List<(long UserId, Reply Reply, DeliveryFailure Failure)> Failed { get; } = [];

    public Task<int> CountSentAsync(long userId, Instant from, Instant to, CancellationToken ct) =>
        Task.FromResult(SentAt.Count(s => s.UserId == userId && s.At >= from && s.At < to));

    public Task RecordSentAsync(long userId, Instant at, CancellationToken ct)
    {
        SentAt.Add((userId, at));
        return Task.CompletedTask;
    }

    public Task<long> HoldAsync(long userId, Reply reply, Instant until, DeliveryFailure? failure, CancellationToken ct)
    {
        var id = Held.Count == 0 ? 1 : Held.Max(h => h.Id) + 1;
        Held.Add((userId, new HeldMessage(reply, failure), until, id));
        return Task.FromResult(id);
    }

    public Task ReleaseAsync(long heldId, CancellationToken ct)
    {
        Held.RemoveAll(h => h.Id == heldId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<(long UserId, Instant Earliest)>> EarliestHoldsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(long UserId, Instant Earliest)>>(Held.GroupBy(h => h.UserId).Select(g => (g.Key, g.Min(h => h.Until))).ToList());

    public Task<Instant?> EarliestHoldAsync(long userId, CancellationToken ct) =>
        Task.FromResult(Held.Where(h => h.UserId == userId).Select(h => (Instant?)h.Until).Min());

    public Task<IReadOnlyList<HeldMessage>> TakeDueAsync(long userId, Instant now, CancellationToken ct)
    {
        var due = Held.Where(h => h.UserId == userId && h.Until <= now).ToList();
        Held.RemoveAll(due.Contains);
        return Task.FromResult<IReadOnlyList<HeldMessage>>(due.Select(h => h.Message).ToList());
    }

    public Task<IReadOnlyList<string>> HeldTitlesAsync(long userId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(Held.Where(h => h.UserId == userId).Select(h => h.Message.Reply.Title ?? "").ToList());

    public Task RecordFailedAsync(long userId, Reply reply, DeliveryFailure failure, CancellationToken ct)
    {
        Failed.Add((userId, reply, failure));
        return Task.CompletedTask;
    }
}
