using RelationshipCoach.Tests.Infrastructure;
using static RelationshipCoach.Tests.Engagements.EngagementHost;

namespace RelationshipCoach.Tests.Engagements;

/// <summary>A new rep in German and one in Indonesian: an engagement in one line, its written plan, and the check-ins moved in plain words.</summary>
public sealed class NewUserTests
{
    [Fact]
    public async Task In_German()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var plan = await StartAsync(playground, "tester1", $"neues Projekt Müller Rollout: Analyse bis {PhaseDates.De(20)}, Pilot bis {PhaseDates.De(60)}, Rollout bis {PhaseDates.De(120)}", "de");
        Assert.Equal("Plan: Müller · Rollout", (string)plan["title"]!);
        Assert.Contains("Müller · Rollout: Projektplan", Preformatted(plan));
        Assert.Contains("Keine Ziele festgehalten.", (string)plan["plainText"]!);

        var changed = await playground.SayAsync("tester1", "Check-in jeden Freitag um 16 Uhr", "de");
        Assert.Equal("engagement.schedule.saved", (string)changed[0]!["kind"]!);
        Assert.Contains("Check-ins ab jetzt: jeden Freitag um 16 Uhr.", (string)changed[0]!["plainText"]!);
        Assert.Contains("nächster Check-in Fr", Text(await playground.SayAsync("tester1", "meine Projekte", "de")));

        var answered = await playground.SayAsync("tester1", "Müller ist gefährdet", "de");
        Assert.Contains("Analyse bei Müller · Rollout ist gefährdet", (string)answered[0]!["plainText"]!);
    }

    [Fact]
    public async Task In_Indonesian()
    {
        await using var host = new CoachFactory();
        var playground = new PlaygroundClient(host.CreateClient());

        var plan = await StartAsync(playground, "tester2", $"proyek baru PT Maju Jaya implementasi: analisis sampai {PhaseDates.Id(20)}, uji coba sampai {PhaseDates.Id(60)}", "id");
        Assert.Equal("Rencana: PT Maju Jaya · implementasi", (string)plan["title"]!);
        Assert.Contains("2. uji coba:", Preformatted(plan));
        Assert.Contains("Belum ada tujuan yang ditulis.", (string)plan["plainText"]!);

        var changed = await playground.SayAsync("tester2", "check-in setiap Jumat jam 4 sore", "id");
        Assert.Equal("engagement.schedule.saved", (string)changed[0]!["kind"]!);
        var mine = Text(await playground.SayAsync("tester2", "proyek saya", "id"));
        Assert.Contains("check-in berikutnya Jum", mine);
        Assert.Contains("16.00", mine.Replace(':', '.'));
    }
}
