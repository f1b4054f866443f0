using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Data.Stores;

namespace RelationshipCoach.Data.Tests;

public sealed class StoresTests : MigratedDatabase
{
    [Fact]
    public async Task A_person_is_created_once_and_keeps_their_settings()
    {
        var users = new UserDirectory(Db, new PeopleSeen(), TimeProvider.System);
        var rep = new UserRef(Channels.Slack, "T1", "U1");

        var created = await users.GetOrCreateAsync(rep, default);
        await users.SaveAsync(created with { Language = Language.Id, TimeZoneId = "Asia/Jakarta", WorkingHours = WorkingHours.Parse("Mon-Sat 08:00-17:00") }, default);
        // A later scope reads what this one wrote, not what this one remembers.
        var again = await new UserDirectory(Db, new PeopleSeen(), TimeProvider.System).GetOrCreateAsync(rep, default);

        Assert.Equal(created.Id, again.Id);
        Assert.Equal(Language.Id, again.Language);
        Assert.Equal("Asia/Jakarta", again.TimeZoneId);
        Assert.Equal("Mon-Sat 08:00-17:00", again.WorkingHours!.ToString());
    }

    [Fact]
    public async Task A_person_the_database_refuses_to_write_fails_with_its_error()
    {
        await using var readOnly = new SqliteCoachDbContext(new DbContextOptionsBuilder<SqliteCoachDbContext>()
            .UseSqlite(Db.Database.GetConnectionString() + ";Mode=ReadOnly").Options);
        var users = new UserDirectory(readOnly, new PeopleSeen(), TimeProvider.System);

        // Only a duplicate means another request created the person first; any other failure is the database's own.
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => users.GetOrCreateAsync(new UserRef(Channels.Slack, "T1", "U9"), default));
        Assert.Contains("readonly", error.InnerException!.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_user_id_in_two_workspaces_is_two_people()
    {
        var users = new UserDirectory(Db, new PeopleSeen(), TimeProvider.System);
        var a = await users.GetOrCreateAsync(new UserRef(Channels.Slack, "T1", "U1"), default);
        var b = await users.GetOrCreateAsync(new UserRef(Channels.Slack, "T2", "U1"), default);
        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public async Task Open_calls_come_oldest_first_and_leave_the_list_once_confirmed()
    {
        var rep = await new UserDirectory(Db, new PeopleSeen(), TimeProvider.System).GetOrCreateAsync(new UserRef(Channels.Playground, "p", "rep"), default);
        var calls = new CallLog(Db);
        var now = SystemClock.Instance.GetCurrentInstant();
        var newer = await calls.AddAsync(new Call(0, rep.Id, "Globex", "pricing", now, now), default);
        var older = await calls.AddAsync(new Call(0, rep.Id, "Acme", "renewal", now - Duration.FromHours(3), now), default);

        Assert.Equal([older.Id, newer.Id], (await calls.ListOpenAsync(rep.Id, default)).Select(c => c.Id));

        await calls.UpdateAsync(older with { Status = ConfirmationStatus.Sent, ConfirmedAt = now }, default);
        Assert.Equal([newer.Id], (await calls.ListOpenAsync(rep.Id, default)).Select(c => c.Id));
        Assert.Equal(ConfirmationStatus.Sent, (await calls.GetAsync(older.Id, default))!.Status);
    }

    [Fact]
    public async Task An_inbound_key_is_first_only_once()
    {
        var ledger = new InboundLedger(Db, TimeProvider.System);
        Assert.True(await ledger.FirstTimeAsync("slack:Ev1", default));
        Assert.False(await ledger.FirstTimeAsync("slack:Ev1", default));
        Assert.True(await ledger.FirstTimeAsync("slack:Ev2", default));
    }

    [Fact]
    public async Task A_channel_address_is_remembered_and_replaced()
    {
        var users = new UserDirectory(Db, new PeopleSeen(), TimeProvider.System);
        var book = new ChannelAddressBook(Db, users, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);
        var rep = new UserRef(Channels.Teams, "tenant", "aad-1");

        Assert.Null(await book.LookupAsync(rep, default));
        await book.RememberAsync(rep, "{\"conversation\":\"a\"}", default);
        await book.RememberAsync(rep, "{\"conversation\":\"b\"}", default);
        Assert.Equal("{\"conversation\":\"b\"}", await book.LookupAsync(rep, default));
    }

    [Fact]
    public async Task A_persons_address_stored_by_another_worker_meanwhile_is_replaced_not_an_error()
    {
        var rep = new UserRef(Channels.Slack, "T1", "URACE");
        await new UserDirectory(Db, new PeopleSeen(), TimeProvider.System).GetOrCreateAsync(rep, default);
        await using var other = new SqliteCoachDbContext(new DbContextOptionsBuilder<SqliteCoachDbContext>().UseSqlite(Db.Database.GetConnectionString()).Options);
        var otherBook = new ChannelAddressBook(other, new UserDirectory(other, new PeopleSeen(), TimeProvider.System), new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);
        // The other worker stores the address after this one found none and before this one's insert.
        await using var racing = new SqliteCoachDbContext(new DbContextOptionsBuilder<SqliteCoachDbContext>().UseSqlite(Db.Database.GetConnectionString())
            .AddInterceptors(new BeforeFirstSave(() => otherBook.RememberAsync(rep, "{\"channel\":\"D-other\"}", default))).Options);
        var book = new ChannelAddressBook(racing, new UserDirectory(racing, new PeopleSeen(), TimeProvider.System), new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);

        await book.RememberAsync(rep, "{\"channel\":\"D-mine\"}", default);

        Assert.Equal("{\"channel\":\"D-mine\"}", await book.LookupAsync(rep, default));
        Assert.Equal(1, await Db.ChannelAddresses.CountAsync());
    }

    /// <summary>Runs something once, just before the context's first save reaches the database.</summary>
    private sealed class BeforeFirstSave(Func<Task> first) : SaveChangesInterceptor
    {
        private Func<Task>? _first = first;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (Interlocked.Exchange(ref _first, null) is { } run) await run();
            return result;
        }
    }
}
