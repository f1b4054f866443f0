using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.People;
using RelationshipCoach.Hosting;
using RelationshipCoach.Playground;

namespace RelationshipCoach.Commands;

/// <summary>`digest`: prints a lead's digest from the configured database, for the last seven days or an ISO week.</summary>
public static class DigestVerb
{
    public static Command Create()
    {
        var lead = new Option<string>("--lead") { Description = "The lead: a profile id, a playground user (lead1) or channel/tenant/user.", Required = true };
        var week = new Option<string?>("--week") { Description = "An ISO week in the lead's zone, e.g. 2026-W47 (default: the seven days up to now)." };
        var json = new Option<bool>("--json") { Description = "Print the digest as JSON instead of text." };
        var command = new Command("digest", "Print a lead's weekly digest from the configured database.") { lead, week, json };
        command.SetAction(async (parse, ct) =>
        {
            // Only warnings on the console: the verb's own output (JSON included) must stay clean.
            await using var app = CoachApp.Build(["--Logging:LogLevel:Default=Warning"]);
            await app.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(ct);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var profile = await FindLeadAsync(services.GetRequiredService<IUserDirectory>(), parse.GetValue(lead)!, ct);
            if (profile is not { Role: Role.Lead })
            {
                Console.Error.WriteLine($"'{parse.GetValue(lead)}' is not a lead in this database; only a lead has a digest.");
                return 2;
            }
            var zone = PersonalSchedule.For(profile, services.GetRequiredService<Core.CoachOptions>()).Zone;
            var period = parse.GetValue(week) is { } w ? ParseWeek(w, zone) : DigestPeriod.EndingAt(SystemClock.Instance.GetCurrentInstant(), zone);
            if (period is null)
            {
                Console.Error.WriteLine("--week takes an ISO week like 2026-W47.");
                return 2;
            }
            var digest = DigestBuilder.Build(await services.GetRequiredService<DigestFactsCollector>().CollectAsync(profile, period, ct));
            Console.Out.WriteLine(parse.GetValue(json)
                ? DigestJson.Write(digest)
                : DigestReply.Build(digest, null).PlainText + "\n\n" + TrendText.Describe(digest.Trend, digest.Lead.Language));
            return 0;
        });
        return command;
    }

    private static async Task<UserProfile?> FindLeadAsync(IUserDirectory users, string lead, CancellationToken ct)
    {
        if (long.TryParse(lead, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return await users.FindAsync(id, ct);
        var who = lead.Contains('/') ? TeamSeed.ParseRef(lead, "--lead") : PlaygroundUsers.Ref(lead);
        return await users.GetOrCreateAsync(who, ct);
    }

    public static DigestPeriod? ParseWeek(string text, DateTimeZone zone)
    {
        var parts = text.Trim().ToUpperInvariant().Split("-W");
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var week)
            || week < 1 || week > NodaTime.Calendars.WeekYearRules.Iso.GetWeeksInWeekYear(year, CalendarSystem.Iso))
            return null;
        return DigestPeriod.IsoWeek(year, week, zone);
    }
}
