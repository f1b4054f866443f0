using Microsoft.EntityFrameworkCore;
using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Data.Tests;

public sealed class RetentionTests
{
    [Fact]
    public async Task Old_call_notes_are_cleared_and_the_calls_kept_for_the_counts()
    {
        using var file = new TemporaryDatabase();
        await using var db = file.Open();
        await db.Database.MigrateAsync();
        var rep = await new UserDirectory(db, new PeopleSeen(), TimeProvider.System).GetOrCreateAsync(new UserRef(Channels.Playground, "p", "rep"), default);
        var calls = new CallLog(db);
        var now = SystemClock.Instance.GetCurrentInstant();
        var old = await calls.AddAsync(new Call(0, rep.Id, "Acme", "the old deal", now - Duration.FromDays(400), now) { Notes = "private" }, default);
        var recent = await calls.AddAsync(new Call(0, rep.Id, "Globex", "this week", now - Duration.FromDays(3), now), default);

        var cleared = await new PersonalData(db, new PeopleSeen(), TimeProvider.System).ClearCallNotesAsync(now - Duration.FromDays(365), default);

        Assert.Equal(1, cleared);
        var oldNow = (await calls.GetAsync(old.Id, default))!;
        Assert.Equal("", oldNow.Topic);
        Assert.Null(oldNow.Notes);
        Assert.Equal("Acme", oldNow.Client);
        Assert.Equal("this week", (await calls.GetAsync(recent.Id, default))!.Topic);
    }
}
