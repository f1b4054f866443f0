using Microsoft.EntityFrameworkCore;
using RelationshipCoach.Data.Entities;

namespace RelationshipCoach.Data.Stores;

/// <summary>Proactive messages for playground users, kept in the database so that every instance serves the same feed.</summary>
public sealed class PlaygroundFeed(CoachDbContext db, TimeProvider clock)
{
    /// <summary>One poll returns at most this many items; the cursor fetches the rest.</summary>
    public const int PageSize = 50;

    public async Task AppendAsync(long userId, string replyJson, CancellationToken ct)
    {
        db.FeedItems.Add(new FeedItemRow { UserId = userId, At = clock.GetUtcNow().ToUnixTimeMilliseconds(), ReplyJson = replyJson });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<FeedItemRow>> AfterAsync(long userId, long cursor, CancellationToken ct) =>
        await db.FeedItems.AsNoTracking()
            .Where(f => f.UserId == userId && f.Id > cursor)
            .OrderBy(f => f.Id)
            .Take(PageSize)
            .ToListAsync(ct);
}
