using NodaTime;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using static RelationshipCoach.Core.Tests.Digests.DigestWeek;

namespace RelationshipCoach.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    [Fact]
    public void An_empty_week_is_quiet_and_says_so_in_one_line()
    {
        var digest = Build(Rep(2, "Ana"));

        Assert.True(digest.IsQuiet);
        Assert.Empty(digest.Nudges);
        var reply = DigestReply.Build(digest, null);
        Assert.Equal("digest", reply.Kind);
        Assert.Single(reply.Blocks);
        Assert.Contains("quiet week", reply.Blocks[0].Text);
        Assert.Empty(reply.Facts);
        Assert.Empty(reply.Actions);
    }

    [Fact]
    public void Days_away_are_shown_and_count_only_inside_the_week()
    {
        var away = new DateInterval(new LocalDate(2026, 11, 19), new LocalDate(2026, 11, 25));
        var digest = Build(Rep(2, "Ana") with { Away = [away] });

        var ana = Assert.Single(digest.Reps);
        Assert.Equal(4, ana.DaysAway);
        Assert.False(digest.IsQuiet);
        Assert.Contains("Ana", DigestReply.Build(digest, null).PlainText);
        Assert.Contains("away 4 days", DigestReply.Build(digest, null).PlainText);
    }

    [Fact]
    public void A_lead_without_a_team_is_told_how_to_build_one()
    {
        var reply = DigestReply.Build(Build(), null);
        Assert.Contains("Your team is empty", reply.Blocks.Single().Text);
    }

    [Fact]
    public void Counts_the_weeks_calls_by_how_their_confirmations_went()
    {
        var digest = Build(Rep(2, "Ana",
        [
            OnTime(2, "Globex", At(0, 9)), OnTime(2, "Globex", At(1, 9)), Late(2, "Hooli", At(2, 9)), Missed(2, "Hooli", At(3, 9)),
            Call(2, "Hooli", At(4, 9), ConfirmationStatus.NotNeeded), OnTime(2, "Before", At(-1, 9)),
        ]));

        var ana = digest.Reps.Single();
        Assert.Equal(5, ana.CallsLogged);
        Assert.Equal((2, 1, 1), (ana.OnTime, ana.Late, ana.Missed));
        Assert.Equal(0, ana.StillOpen);
        Assert.Null(ana.OldestOpenAge);
        Assert.False(digest.IsQuiet);
    }

    [Fact]
    public void Open_confirmations_are_counted_with_the_age_of_the_oldest()
    {
        var digest = Build(Rep(2, "Ana", [Call(2, "Globex", At(4, 10)), Call(2, "Hooli", At(6, 10)), OnTime(2, "Hooli", At(1, 10))]));

        var ana = digest.Reps.Single();
        Assert.Equal(2, ana.StillOpen);
        Assert.Equal(Week.End - At(4, 10), ana.OldestOpenAge);
    }

    [Fact]
    public void Several_unconfirmed_calls_with_one_client_become_the_first_nudge_naming_rep_client_and_day()
    {
        var digest = Build(
            Rep(2, "Ben", [Call(2, "Müller GmbH", At(1, 10)), Call(2, "Müller GmbH", At(3, 10)), Call(2, "Müller GmbH", At(4, 15))]),
            Rep(3, "Ana", [Late(3, "Globex", At(0, 9)), Late(3, "Globex", At(1, 9))]));

        var first = digest.Nudges[0];
        Assert.Equal((NudgeKind.Unconfirmed, 2L, "Müller GmbH", 3), (first.Kind, first.RepId, first.Client, first.Count));
        var reply = DigestReply.Build(digest, null);
        Assert.Equal("1. Ben: 3 calls with Müller GmbH have no written confirmation, the oldest from Tuesday: ask what is blocking.", reply.Blocks[1].Text);
        var button = reply.Actions[0];
        Assert.Contains("nudge", button.Id);
        Assert.Equal("2", button.Values[DigestActions.RepKey]);
        Assert.Equal("Müller GmbH", button.Values[DigestActions.ClientKey]);
        Assert.Equal(nameof(NudgeKind.Unconfirmed), button.Values[DigestActions.KindKey]);
    }

    [Fact]
    public void One_unconfirmed_call_is_a_nudge_only_once_it_has_waited_two_days()
    {
        var fresh = Build(Rep(2, "Ben", [Call(2, "Globex", At(6, 9))]));
        var old = Build(Rep(2, "Ben", [Call(2, "Globex", At(2, 9))]));

        Assert.DoesNotContain(fresh.Nudges, n => n.Kind == NudgeKind.Unconfirmed);
        Assert.Contains(old.Nudges, n => n.Kind == NudgeKind.Unconfirmed && n.Count == 1);
    }

    [Fact]
    public void Confirmations_missed_long_ago_are_history_not_a_nudge()
    {
        var digest = Build(Rep(2, "Ben", [Missed(2, "Globex", At(-30, 9)), Missed(2, "Globex", At(-29, 9))]));
        Assert.DoesNotContain(digest.Nudges, n => n.Kind == NudgeKind.Unconfirmed);
    }

    [Fact]
    public void Mostly_late_confirmations_bring_a_nudge_with_the_counts()
    {
        var digest = Build(Rep(2, "Ana", [Late(2, "A", At(0, 9)), Late(2, "B", At(1, 9)), OnTime(2, "C", At(2, 9))]));

        var late = Assert.Single(digest.Nudges, n => n.Kind == NudgeKind.LateConfirmations);
        Assert.Equal((2, 3), (late.Count, late.Total));
        Assert.Equal("Ana confirmed 2 of 3 calls late: ask what would help write them right after the call.",
            NudgeText.ForLead(late, Language.En, Berlin, Week.End));
    }

    [Fact]
    public void Ideas_asked_about_most_are_tallied_with_helped_and_unhelpful_and_repeated_unhelpful_is_a_nudge()
    {
        GuidanceEvent E(string idea, GuidanceEventKind kind, int day) => new(2, idea, kind, At(day, 11));
        var digest = Build(Rep(2, "Ana", guidance:
        [
            E(IdeaIds.Reciprocity, GuidanceEventKind.Shown, 0), E(IdeaIds.Reciprocity, GuidanceEventKind.Shown, 1), E(IdeaIds.Reciprocity, GuidanceEventKind.Shown, 2),
            E(IdeaIds.Reciprocity, GuidanceEventKind.Unhelpful, 1), E(IdeaIds.Reciprocity, GuidanceEventKind.Unhelpful, 2),
            E(IdeaIds.Autonomy, GuidanceEventKind.Shown, 3), E(IdeaIds.Autonomy, GuidanceEventKind.Helped, 3),
            E(IdeaIds.Integrity, GuidanceEventKind.Shown, 3), E(IdeaIds.Loyalty, GuidanceEventKind.Shown, 4), E(IdeaIds.Loyalty, GuidanceEventKind.Shown, 4),
            E(IdeaIds.Equity, GuidanceEventKind.Shown, -3),
        ]));

        var ana = digest.Reps.Single();
        Assert.Equal([IdeaIds.Reciprocity, IdeaIds.Loyalty, IdeaIds.Autonomy], ana.Ideas.Select(i => i.IdeaId));
        Assert.Equal(new IdeaTally(IdeaIds.Reciprocity, 3, 0, 2), ana.Ideas[0]);
        var nudge = Assert.Single(digest.Nudges);
        Assert.Equal((NudgeKind.IdeaNotHelping, IdeaIds.Reciprocity), (nudge.Kind, nudge.Detail));
        Assert.Contains("Reciprocity", NudgeText.ForLead(nudge, Language.En, Berlin, Week.End));
    }

    [Fact]
    public void A_rep_who_usually_logs_calls_but_logged_none_this_week_is_a_nudge()
    {
        var digest = Build(Rep(2, "Ana", [OnTime(2, "Globex", At(-10, 9))]), Rep(3, "Ben"));

        var nudge = Assert.Single(digest.Nudges);
        Assert.Equal((NudgeKind.NoCallsLogged, 2L), (nudge.Kind, nudge.RepId));
    }

    [Fact]
    public void All_confirmations_on_time_earn_a_thanks_and_a_week_with_nothing_to_fix_still_gets_one_nudge()
    {
        var perfect = Build(Rep(2, "Ana", [OnTime(2, "A", At(0, 9)), OnTime(2, "B", At(1, 9)), OnTime(2, "C", At(2, 9))]));
        var small = Build(Rep(2, "Ana", [OnTime(2, "A", At(0, 9))]), Rep(3, "Ben", [OnTime(3, "A", At(0, 9)), OnTime(3, "B", At(1, 9))]));

        Assert.Equal((NudgeKind.Thanks, 3), (perfect.Nudges.Single().Kind, perfect.Nudges.Single().Count));
        Assert.Equal((NudgeKind.Thanks, 3L), (small.Nudges.Single().Kind, small.Nudges.Single().RepId));
    }

    [Fact]
    public void At_most_five_nudges_most_urgent_first()
    {
        var reps = Enumerable.Range(2, 4).Select(id => Rep(id, $"Rep{id}",
        [
            Call(id, "Müller GmbH", At(1, 9)), Call(id, "Müller GmbH", At(2, 9)),
            Late(id, "A", At(0, 9)), Late(id, "B", At(1, 9)),
        ])).ToArray();

        var digest = Build(reps);

        Assert.Equal(NudgeRules.MaxNudges, digest.Nudges.Count);
        Assert.All(digest.Nudges.Take(4), n => Assert.Equal(NudgeKind.Unconfirmed, n.Kind));
        Assert.Equal(NudgeKind.LateConfirmations, digest.Nudges[4].Kind);
        Assert.Equal(digest.Nudges.OrderByDescending(n => n.Priority).Select(n => n.Priority), digest.Nudges.Select(n => n.Priority));
    }

    [Fact]
    public void A_rep_who_left_is_counted_until_they_left_and_gets_no_nudges()
    {
        var left = At(3, 12);
        var digest = Build(
            Rep(2, "Tom", [OnTime(2, "A", At(1, 9)), Call(2, "Müller GmbH", At(0, 9)), Call(2, "Müller GmbH", At(2, 9)), OnTime(2, "B", At(5, 9))], leftAt: left),
            Rep(3, "Gone", [OnTime(3, "A", At(1, 9))], leftAt: At(-2, 9)));

        var tom = Assert.Single(digest.Reps);
        Assert.Equal(left, tom.LeftAt);
        Assert.Equal(3, tom.CallsLogged);
        Assert.DoesNotContain(digest.Nudges, n => n.RepId == 2);
        Assert.Contains("left the team on Thursday 19 Nov", DigestReply.Build(digest, null).Facts.Single().Value);
    }

    [Fact]
    public void Calls_fall_in_the_week_of_the_leads_clock_when_the_rep_is_in_another_zone()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        // Sunday evening in New York is already Monday in Berlin: the first call opens the lead's week, the last belongs to the next.
        var openingSunday = new LocalDateTime(2026, 11, 15, 20, 30).InZoneStrictly(newYork).ToInstant();
        var closingSunday = new LocalDateTime(2026, 11, 22, 20, 30).InZoneStrictly(newYork).ToInstant();
        var digest = Build(Rep(2, "Ana", [OnTime(2, "A", openingSunday), OnTime(2, "B", closingSunday)]));

        Assert.Equal(1, digest.Reps.Single().CallsLogged);
        Assert.True(Week.Contains(openingSunday));
    }

    [Fact]
    public void A_lead_whose_Monday_starts_before_the_reps_counts_the_reps_Sunday_afternoon_in_the_new_week()
    {
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        var week = DigestPeriod.IsoWeek(2026, 47, tokyo);
        var repSundayAfternoon = new LocalDateTime(2026, 11, 15, 17, 0).InZoneStrictly(Berlin).ToInstant();
        var repSundayMorning = new LocalDateTime(2026, 11, 15, 9, 0).InZoneStrictly(Berlin).ToInstant();
        var digest = DigestBuilder.Build(new DigestFacts(Lead, week, [Rep(2, "Ana", [OnTime(2, "A", repSundayAfternoon), OnTime(2, "B", repSundayMorning)])]));

        Assert.Equal(1, digest.Reps.Single().CallsLogged);
        Assert.Equal(new LocalDate(2026, 11, 16), week.FirstDay);
    }

    [Fact]
    public void Engagement_facts_give_check_in_counts_and_nudges_for_missed_check_ins_risk_and_phases_ending_next_week()
    {
        var engagement = new EngagementDigestFacts(2,
            [new CheckInFact("Globex", "Pilot", At(0, 9), true), new CheckInFact("Globex", "Pilot", At(2, 9), false), new CheckInFact("Globex", "Pilot", At(4, 9), false)],
            [new PhaseFact("Hooli", "Rollout", new LocalDate(2026, 12, 20), AtRisk: true), new PhaseFact("Globex", "Pilot", new LocalDate(2026, 11, 25), AtRisk: false),
             new PhaseFact("Globex", "Later", new LocalDate(2026, 12, 10), AtRisk: false)]);
        var digest = Build(Rep(2, "Ana", engagement: engagement));

        var ana = digest.Reps.Single();
        Assert.Equal((1, 2), (ana.CheckInsAnswered, ana.CheckInsMissed));
        Assert.Equal("Rollout", ana.PhasesAtRisk.Single().Phase);
        Assert.Equal("Pilot", ana.PhasesEndingNextWeek.Single().Phase);
        Assert.Equal([NudgeKind.PhaseAtRisk, NudgeKind.MissedCheckIns, NudgeKind.PhaseEnding], digest.Nudges.Select(n => n.Kind));
        Assert.Equal(2, digest.Nudges[1].Count);
        Assert.Equal("The phase “Pilot” with Globex ends on Wednesday: plan the next step with Ana.",
            NudgeText.ForLead(digest.Nudges[2], Language.En, Berlin, Week.End));
        Assert.Equal(1.0 / 3, digest.Trend[^1].CheckInRate!.Value, 3);
    }

    [Fact]
    public void The_trend_has_eight_weeks_oldest_first_with_no_rate_for_weeks_without_calls()
    {
        var digest = Build(Rep(2, "Ana",
        [
            OnTime(2, "A", At(-7 * 7, 9)), Late(2, "A", At(-7 * 7 + 1, 9)),
            OnTime(2, "A", At(0, 9)), OnTime(2, "A", At(1, 9)), Missed(2, "A", At(2, 9)), Call(2, "A", At(6, 9)),
        ]));

        Assert.Equal(DigestFacts.TrendWeeks, digest.Trend.Count);
        Assert.Equal(new LocalDate(2026, 9, 28), digest.Trend[0].WeekStart);
        Assert.Equal(0.5, digest.Trend[0].OnTimeRate);
        Assert.Null(digest.Trend[1].OnTimeRate);
        Assert.Equal(2.0 / 3, digest.Trend[^1].OnTimeRate!.Value, 3);
        Assert.Null(digest.Trend[^1].CheckInRate);
        Assert.Contains("50%", TrendText.Describe(digest.Trend, Language.En));
    }

    [Fact]
    public void The_digest_is_written_in_the_leads_language()
    {
        var german = DigestBuilder.Build(new DigestFacts(Lead with { Language = Language.De }, Week,
            [Rep(2, "Ben", [Call(2, "Müller GmbH", At(1, 10)), Call(2, "Müller GmbH", At(3, 10))])]));

        var reply = DigestReply.Build(german, new Replies.ReplyImage("/digest-charts/x.png", "alt"));
        Assert.StartsWith("Die Woche Ihres Teams", reply.Title);
        Assert.Contains("Dienstag", reply.Blocks[1].Text);
        Assert.Equal("Ben anstupsen · Müller GmbH", reply.Actions.Single().Label);
        Assert.Equal("/digest-charts/x.png", reply.Image!.Url);
    }

    [Fact]
    public void The_nudge_a_rep_receives_is_in_the_reps_language_and_names_the_lead()
    {
        var text = NudgeText.ForRep(NudgeKind.Unconfirmed, "Lena", "Müller GmbH", null, Language.Es);
        Assert.Contains("Lena", text);
        Assert.Contains("Müller GmbH", text);
        Assert.Contains("confirmación por escrito", text);
    }
}
