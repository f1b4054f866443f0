using NodaTime;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Tests.Engagements;

public sealed class EngagementOneLinerTests
{
    private static readonly LocalDateTime Today = new(2026, 11, 26, 10, 0);

    [Theory]
    [InlineData(Language.En, "new engagement Acme rollout: discovery until Dec 15, pilot until Jan 31, rollout until Mar 31", "Acme", "rollout", "discovery|pilot|rollout")]
    [InlineData(Language.De, "neues Projekt Müller Rollout: Analyse bis 15.12., Pilot bis 31.1., Rollout bis 31.3.", "Müller", "Rollout", "Analyse|Pilot|Rollout")]
    [InlineData(Language.Es, "nuevo proyecto Grupo Sol implementación: diagnóstico hasta el 15 de diciembre, piloto hasta el 31 de enero", "Grupo Sol", "implementación", "diagnóstico|piloto")]
    [InlineData(Language.Id, "proyek baru PT Maju Jaya implementasi: analisis sampai 15 Desember, uji coba sampai 31 Januari", "PT Maju Jaya", "implementasi", "analisis|uji coba")]
    public void Reads_client_name_and_phases_in_every_language(Language language, string text, string client, string name, string phases)
    {
        var draft = EngagementOneLiner.Read(text)!;
        var reading = Read(draft.Phases!, language);

        Assert.Equal(client, draft.Client);
        Assert.Equal(name, draft.Name);
        Assert.Null(reading.Problem);
        Assert.Equal(phases.Split('|'), reading.Phases.Select(p => p.Name));
        Assert.Equal(new LocalDate(2026, 11, 26), reading.Phases[0].Start);
        Assert.Equal(new LocalDate(2026, 12, 15), reading.Phases[0].End);
        Assert.Equal(new LocalDate(2026, 12, 16), reading.Phases[1].Start);
        Assert.Equal(new LocalDate(2027, 1, 31), reading.Phases[1].End);
        Assert.Equal(PhaseStatus.Active, reading.Phases[0].Status);
        Assert.All(reading.Phases.Skip(1), p => Assert.Equal(PhaseStatus.Planned, p.Status));
    }

    [Theory]
    [InlineData("new engagement Q3 rollout for Acme: pilot until Jan 31", "Acme", "Q3 rollout")]
    [InlineData("new engagement Acme Corp - Q3 rollout: pilot until Jan 31", "Acme Corp", "Q3 rollout")]
    public void The_rep_can_say_which_words_are_the_client(string text, string client, string name)
    {
        var draft = EngagementOneLiner.Read(text)!;
        Assert.Equal((client, name), (draft.Client, draft.Name));
    }

    [Fact]
    public void Without_phases_the_draft_says_so() =>
        Assert.Null(EngagementOneLiner.Read("new engagement Acme rollout")!.Phases);

    [Fact]
    public void Other_messages_are_not_one_liners() =>
        Assert.Null(EngagementOneLiner.Read("just got off a call with Acme"));

    [Theory]
    [InlineData("discovery until Jan 31, pilot until Dec 15", "engagement.phase-ends-before-start", "The phase \"pilot\" would end on 15 Dec 2026, before it starts on 1 Feb 2027.")]
    [InlineData("discovery until 2025-01-10", "engagement.phase-in-past", "The phase \"discovery\" would end on 10 Jan 2025, which has already passed.")]
    [InlineData("discovery, pilot until Jan 31", "engagement.phase-no-date", "I can't read an end date in \"discovery\": write it like \"pilot until Jan 31\".")]
    [InlineData("until Jan 31", "engagement.phase-no-name", "\"until Jan 31\" has a date but no phase name.")]
    public void Says_what_is_wrong_with_the_phases(string phases, string key, string said)
    {
        var problem = Read(phases, Language.En).Problem!;
        Assert.Equal(key, problem.Key);
        Assert.Equal(said, problem.Say(Language.En));
    }

    [Fact]
    public void Says_it_in_the_reps_language()
    {
        var problem = Read("Analyse bis 31.1., Pilot bis 15.12.", Language.De).Problem!;
        Assert.Equal("Die Phase \"Pilot\" würde am 15 Dez. 2026 enden, vor ihrem Beginn am 1 Feb. 2027.", problem.Say(Language.De));
    }

    [Fact]
    public void Overlapping_phases_are_refused()
    {
        Phase[] phases =
        [
            new("discovery", new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 20)),
            new("pilot", new LocalDate(2026, 12, 15), new LocalDate(2027, 1, 31)),
        ];
        Assert.Equal("engagement.phase-overlaps", PhaseRules.Check(phases, Today.Date)!.Key);
    }

    private static PhasesReading Read(string phases, Language language) =>
        PhasesText.Read(phases, Today.Date, TimeExpressionRecognizer.Instance, language, Today, DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
}
