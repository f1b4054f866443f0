using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Teams;
using RelationshipCoach.Data.Stores;
using RelationshipCoach.Playground;

namespace RelationshipCoach.Demo;

/// <summary>
/// A realistic demo: two leads, reps on the playground, Slack and Teams (one of them on both, joined by email), eight
/// weeks of calls confirmed on time, late or not at all, and guidance feedback. Generated from a fixed seed, relative
/// to now, so every run shows the same story: lead1's digest has nudges for rep1 and rep2.
/// </summary>
public sealed class DemoData(IUserDirectory users, ITeamStore teams, ICallLog calls, GuidanceLog guidance, IPeopleSearch people, TimeProvider clock)
{
    public const string Tenant = "demo";
    private static readonly UserRef SecondLead = new(Channels.Teams, Tenant, "marta");

    private static readonly string[] Clients = ["Müller GmbH", "Grupo Sol", "PT Nusantara", "Nordwind AG", "Globex", "Vandelay Industries", "Hooli"];
    private static readonly string[] Topics = ["renewal", "pricing", "delivery delay", "onboarding", "quarterly review", "new project scope"];

    /// <summary>Whether the demo was already loaded into this database.</summary>
    public async Task<bool> IsLoadedAsync(CancellationToken ct) =>
        (await people.FindInTenantAsync(SecondLead.Channel, SecondLead.Tenant, SecondLead.UserId, ct)).Count > 0;

    /// <summary>Loads the demo; returns how many calls it logged.</summary>
    public async Task<int> LoadAsync(CancellationToken ct)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var random = new Random(20261126);
        var lead1 = await PersonAsync(PlaygroundUsers.Ref("lead1"), "Lena Fischer", null, Role.Lead, Language.En, "Europe/Berlin", ct);
        var rep1 = await PersonAsync(PlaygroundUsers.Ref("rep1"), "Ana Ruiz", null, Role.Rep, null, "Europe/Madrid", ct);
        var rep2 = await PersonAsync(PlaygroundUsers.Ref("rep2"), "Ben Okafor", null, Role.Rep, null, "Europe/London", ct);
        var carlaSlack = await PersonAsync(new UserRef(Channels.Slack, Tenant, "U0CARLA"), "Carla Gómez", "carla.gomez@example.com", Role.Rep, Language.Es, "America/Mexico_City", ct);
        var carlaTeams = await PersonAsync(new UserRef(Channels.Teams, Tenant, "carla"), "Carla Gómez", "carla.gomez@example.com", Role.Rep, Language.Es, "America/Mexico_City", ct);
        var dewi = await PersonAsync(new UserRef(Channels.Teams, Tenant, "dewi"), "Dewi Santoso", "dewi@example.com", Role.Rep, Language.Id, "Asia/Jakarta", ct);
        var tom = await PersonAsync(new UserRef(Channels.Slack, Tenant, "U0TOM"), "Tom Becker", "tom@example.com", Role.Rep, Language.De, "Europe/Berlin", ct);
        var marta = await PersonAsync(SecondLead, "Marta Weber", "marta@example.com", Role.Lead, Language.De, "Europe/Berlin", ct);
        var jonas = await PersonAsync(new UserRef(Channels.Teams, Tenant, "jonas"), "Jonas Keller", "jonas@example.com", Role.Rep, Language.De, "Europe/Berlin", ct);
        var sofia = await PersonAsync(new UserRef(Channels.Slack, Tenant, "U0SOFIA"), "Sofia Marin", "sofia@example.com", Role.Rep, Language.Es, "Europe/Madrid", ct);

        var joined = now - Duration.FromDays(9 * 7);
        foreach (var rep in new[] { rep1, rep2, carlaSlack, dewi, tom }) await teams.AddAsync(lead1.Id, rep.Id, joined, ct);
        foreach (var rep in new[] { jonas, sofia }) await teams.AddAsync(marta.Id, rep.Id, joined, ct);
        await teams.RemoveAsync(lead1.Id, tom.Id, now - Duration.FromDays(3), ct);

        var logged = 0;
        var habits = new (UserProfile Rep, double OnTime, double Late)[]
        {
            (rep1, 0.55, 0.3), (rep2, 0.5, 0.25), (carlaSlack, 0.85, 0.1), (carlaTeams, 0.8, 0.15), (dewi, 0.9, 0.05), (tom, 0.6, 0.2), (jonas, 0.7, 0.2), (sofia, 0.75, 0.15),
        };
        foreach (var (rep, onTime, late) in habits)
            logged += await HistoryAsync(rep, onTime, late, now, random, ct);
        logged += await StuckWithMuellerAsync(rep2, now, ct);
        await FeedbackAsync(rep1, now, random, ct);
        await FeedbackAsync(rep2, now, random, ct);
        await FeedbackAsync(dewi, now, random, ct);
        return logged;
    }

    private async Task<UserProfile> PersonAsync(UserRef who, string name, string? email, Role role, Language? language, string zone, CancellationToken ct)
    {
        var profile = await users.GetOrCreateAsync(who, ct);
        var updated = profile with { DisplayName = name, Email = email, Role = role, Language = language ?? profile.Language, TimeZoneId = zone };
        await users.SaveAsync(updated, ct);
        return updated;
    }

    /// <summary>Eight weeks of calls on working days, settled as the rep's habits make likely; the last two days' calls are still open.</summary>
    private async Task<int> HistoryAsync(UserProfile rep, double onTime, double late, Instant now, Random random, CancellationToken ct)
    {
        var count = 0;
        for (var day = 56; day >= 1; day--)
        {
            var date = now.Minus(Duration.FromDays(day));
            if (date.InUtc().DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || random.NextDouble() < 0.35) continue;
            var held = date.InUtc().Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromHours(8 + random.Next(9));
            var client = Clients[random.Next(Clients.Length)];
            var roll = random.NextDouble();
            var call = new Call(0, rep.Id, client, Topics[random.Next(Topics.Length)], held, held + Duration.FromMinutes(5));
            call = day <= 2 ? call
                : roll < onTime ? call with { Status = ConfirmationStatus.Sent, RemindersSent = random.Next(2), ConfirmedAt = held + Duration.FromHours(2) }
                : roll < onTime + late ? call with { Status = ConfirmationStatus.Sent, RemindersSent = 2 + random.Next(2), ConfirmedAt = held + Duration.FromDays(1) }
                : roll < 0.97 ? call with { Status = ConfirmationStatus.Missed, RemindersSent = 3 }
                : call with { Status = ConfirmationStatus.NotNeeded, NotNeededReason = "internal call" };
            await calls.AddAsync(call, ct);
            count++;
        }
        return count;
    }

    /// <summary>The story the digest's first nudge tells: three calls with Müller GmbH this week, none confirmed, the oldest five days ago.</summary>
    private async Task<int> StuckWithMuellerAsync(UserProfile rep, Instant now, CancellationToken ct)
    {
        foreach (var daysAgo in new[] { 5, 3, 2 })
        {
            var held = now - Duration.FromDays(daysAgo) - Duration.FromHours(1);
            await calls.AddAsync(new Call(0, rep.Id, "Müller GmbH", "delivery delay", held, held + Duration.FromMinutes(5)) { RemindersSent = 1 }, ct);
        }
        return 3;
    }

    private async Task FeedbackAsync(UserProfile rep, Instant now, Random random, CancellationToken ct)
    {
        for (var i = 0; i < 6; i++)
        {
            var at = now - Duration.FromHours(random.Next(1, 6 * 24));
            var idea = IdeaIds.All[random.Next(4)];
            await guidance.RecordShownAsync(rep.Id, [idea], at, ct);
            await guidance.RecordFeedbackAsync(rep.Id, idea, random.NextDouble() < 0.6, at + Duration.FromMinutes(2), ct);
        }
        await guidance.RecordShownAsync(rep.Id, [IdeaIds.Reciprocity], now - Duration.FromDays(1), ct);
        await guidance.RecordFeedbackAsync(rep.Id, IdeaIds.Reciprocity, false, now - Duration.FromDays(1), ct);
        await guidance.RecordFeedbackAsync(rep.Id, IdeaIds.Reciprocity, false, now - Duration.FromHours(20), ct);
    }
}
