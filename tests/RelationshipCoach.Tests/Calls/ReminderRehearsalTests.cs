using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Data;
using RelationshipCoach.Playground;
using RelationshipCoach.Tests.Infrastructure;

namespace RelationshipCoach.Tests.Calls;

/// <summary>
/// The start's rehearsal of the reminder path, on the real host and SQLite file: it writes what a reminder writes
/// and leaves none of it behind, whether the placeholder would get the message now or be held until later.
/// </summary>
public sealed class ReminderRehearsalTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Rehearsing_a_reminder_writes_through_the_whole_path_and_leaves_nothing_behind(bool withinWorkingHours)
    {
        // Two days ahead is never today, in any time zone.
        var otherDay = DateTime.UtcNow.AddDays(2).DayOfWeek.ToString()[..3];
        await using var host = CoachFactory.With(new Dictionary<string, string?>
        {
            ["WorkingHours:Default"] = withinWorkingHours ? "Mon-Sun 00:00-24:00" : $"{otherDay} 09:00-10:00",
        });
        _ = host.CreateClient();
        var before = await SnapshotAsync(host);

        long written;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConfirmationReminders>().RehearseAsync(PlaygroundUsers.Ref("rehearsal-test"), default);
            // Counts every row the scope's connection inserted, updated or deleted, rolled back or not.
            written = await scope.ServiceProvider.GetRequiredService<CoachDbContext>().Database
                .SqlQueryRaw<long>("SELECT total_changes() AS \"Value\"").SingleAsync();
        }

        Assert.True(written >= 2, $"the rehearsal wrote {written} rows: the person and the message or the held message");
        Assert.Equal(before, await SnapshotAsync(host));
    }

    /// <summary>Everything a reminder can leave: people, calls, the feed, sends counted, messages held or failed, and the scheduler's triggers.</summary>
    private static async Task<string> SnapshotAsync(CoachFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoachDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => $"{u.Id}:{u.ChannelUserId}").ToListAsync();
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT TRIGGER_NAME AS \"Value\" FROM QRTZ_TRIGGERS ORDER BY TRIGGER_NAME").ToListAsync();
        return $"users {string.Join(",", users)}\ncalls {await db.Calls.CountAsync()}\nfeed {await db.FeedItems.CountAsync()}\n"
            + $"sent {await db.ProactiveSends.CountAsync()}\nheld {await db.HeldMessages.CountAsync()}\nfailed {await db.FailedDeliveries.CountAsync()}\n"
            + $"triggers {string.Join(",", triggers)}";
    }
}
