using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>The calls reps logged, in the app's database.</summary>
public sealed class CallLog(CoachDbContext db) : ICallLog
{
    // Compiled once, with the awaited statuses as constants: asked on every open-items turn and after every logged call.
    private static readonly CompiledPerModel<Func<CoachDbContext, long, IAsyncEnumerable<CallRow>>> AwaitingConfirmation =
        new(() => EF.CompileAsyncQuery<CoachDbContext, long, CallRow>((db, repId) => db.Calls.AsNoTracking()
            .Where(c => c.RepId == repId && (c.Status == nameof(ConfirmationStatus.Open) || c.Status == nameof(ConfirmationStatus.Missed)))
            .OrderBy(c => c.HeldAt).ThenBy(c => c.Id)));

    public async Task<Call> AddAsync(Call call, CancellationToken ct)
    {
        var row = new CallRow { Client = call.Client, Topic = call.Topic, Status = call.Status.ToString() };
        Copy(call, row);
        db.Calls.Add(row);
        await db.SaveChangesAsync(ct);
        db.Entry(row).State = EntityState.Detached;
        return ToCall(row);
    }

    public async Task<Call?> GetAsync(long id, CancellationToken ct)
    {
        var row = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return row is null ? null : ToCall(row);
    }

    public async Task<IReadOnlyList<Call>> ListOpenAsync(long repId, CancellationToken ct)
    {
        var rows = await AwaitingConfirmation.For(db)(db, repId).ToListAsync(ct);
        return rows.Select(ToCall).ToList();
    }

    public async Task<IReadOnlyList<Call>> ListSinceAsync(long repId, Instant since, CancellationToken ct)
    {
        var from = since.ToColumn();
        var rows = await db.Calls.AsNoTracking()
            .Where(c => c.RepId == repId && c.HeldAt >= from)
            .OrderByDescending(c => c.HeldAt).ThenByDescending(c => c.Id)
            .ToListAsync(ct);
        return rows.Select(ToCall).ToList();
    }

    public async Task UpdateAsync(Call call, CancellationToken ct)
    {
        var row = await db.Calls.FirstAsync(c => c.Id == call.Id, ct);
        Copy(call, row);
        await db.SaveChangesAsync(ct);
        db.Entry(row).State = EntityState.Detached;
    }

    public async Task<bool> TryAdvanceReminderAsync(Call advanced, int expectedRemindersSent, CancellationToken ct)
    {
        var open = nameof(ConfirmationStatus.Open);
        var status = advanced.Status.ToString();
        var next = advanced.NextReminderAt.ToColumn();
        var changed = await db.Calls
            .Where(c => c.Id == advanced.Id && c.RemindersSent == expectedRemindersSent && c.Status == open)
            .ExecuteUpdateAsync(u => u
                .SetProperty(c => c.RemindersSent, advanced.RemindersSent)
                .SetProperty(c => c.NextReminderAt, next)
                .SetProperty(c => c.Status, status), ct);
        return changed == 1;
    }

    private static void Copy(Call call, CallRow row)
    {
        row.RepId = call.RepId;
        row.Client = call.Client;
        row.Topic = call.Topic;
        row.HeldAt = call.HeldAt.ToColumn();
        row.LoggedAt = call.LoggedAt.ToColumn();
        row.Status = call.Status.ToString();
        row.ConfirmedAt = call.ConfirmedAt.ToColumn();
        row.NextReminderAt = call.NextReminderAt.ToColumn();
        row.RemindersSent = call.RemindersSent;
        row.Notes = call.Notes;
        row.NotNeededReason = call.NotNeededReason;
    }

    private static Call ToCall(CallRow row) =>
        new(row.Id, row.RepId, row.Client, row.Topic, row.HeldAt.ToInstant(), row.LoggedAt.ToInstant())
        {
            Status = Enum.Parse<ConfirmationStatus>(row.Status),
            ConfirmedAt = row.ConfirmedAt.ToInstant(),
            NextReminderAt = row.NextReminderAt.ToInstant(),
            RemindersSent = row.RemindersSent,
            Notes = row.Notes,
            NotNeededReason = row.NotNeededReason,
        };
}
