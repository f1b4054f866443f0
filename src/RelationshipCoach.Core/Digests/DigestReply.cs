using System.Globalization;
using NodaTime;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Digests;

/// <summary>Turns a digest into the reply the lead reads, in the lead's language and on the lead's clock.</summary>
public static class DigestReply
{
    public const string Kind = "digest";

    public static Reply Build(Digest digest, ReplyImage? chart)
    {
        var language = digest.Lead.Language;
        var reply = new Reply { Kind = Kind, Title = Say(language, "digest.title", Range(digest.Period, language)) };
        if (digest.Reps.Count == 0) return reply with { Blocks = [new TextBlock(Say(language, "digest.no-team"))] };
        if (digest.IsQuiet) return reply with { Blocks = [new TextBlock(Say(language, "digest.quiet"))] };

        var blocks = new List<TextBlock>();
        if (digest.Nudges.Count > 0)
        {
            blocks.Add(new TextBlock(Say(language, "digest.nudges"), TextStyle.Heading));
            blocks.AddRange(digest.Nudges.Select((n, i) =>
                new TextBlock($"{i + 1}. {NudgeText.ForLead(n, language, digest.Period.Zone, digest.Period.End)}")));
        }
        blocks.Add(new TextBlock(Say(language, "digest.reps"), TextStyle.Heading));
        return reply with
        {
            Blocks = blocks,
            Facts = digest.Reps.Select(r => new Fact(r.Name, Summary(r, digest.Period, language))).ToList(),
            Actions = digest.Nudges.Select(n => NudgeAction(n, language)).ToList(),
            Image = chart,
        };
    }

    private static ReplyAction NudgeAction(Nudge nudge, Language language)
    {
        var action = new ReplyAction(DigestActions.Nudge, Say(language, "digest.nudge-action", nudge.RepName) + (nudge.Client is { } c ? $" · {c}" : ""))
            .With(DigestActions.RepKey, nudge.RepId.ToString(CultureInfo.InvariantCulture))
            .With(DigestActions.KindKey, nudge.Kind.ToString());
        if (nudge.Client is { } client) action = action.With(DigestActions.ClientKey, client);
        if (nudge.Detail is { } detail) action = action.With(DigestActions.DetailKey, detail);
        return action;
    }

    /// <summary>One line per rep: calls and confirmations, what is still open, ideas asked about, check-ins.</summary>
    private static string Summary(RepSummary rep, DigestPeriod period, Language language)
    {
        var parts = new List<string>();
        if (rep.LeftAt is { } left) parts.Add(Say(language, "digest.rep.left", left.InZone(period.Zone).ToString("dddd d MMM", Texts.Culture(language))));
        if (rep.DaysAway > 0) parts.Add(Say(language, "digest.rep.away", rep.DaysAway));
        parts.Add(Say(language, "digest.rep.calls", rep.CallsLogged, rep.OnTime, rep.Late, rep.Missed));
        if (rep.StillOpen > 0) parts.Add(Say(language, "digest.rep.open", rep.StillOpen, (int)Math.Floor(rep.OldestOpenAge!.Value.TotalDays)));
        if (rep.Ideas.Count > 0)
            parts.Add(Say(language, "digest.rep.ideas", string.Join(", ", rep.Ideas.Select(i => Say(language, "digest.rep.idea", IdeaName(i.IdeaId, language), i.Asked, i.Helped, i.Unhelpful)))));
        if (rep.CheckInsAnswered + rep.CheckInsMissed > 0) parts.Add(Say(language, "digest.rep.check-ins", rep.CheckInsAnswered, rep.CheckInsMissed));
        if (rep.PhasesAtRisk.Count > 0) parts.Add(Say(language, "digest.rep.at-risk", string.Join(", ", rep.PhasesAtRisk.Select(p => $"{p.Client} · {p.Phase}"))));
        if (rep.PhasesEndingNextWeek.Count > 0) parts.Add(Say(language, "digest.rep.ending", string.Join(", ", rep.PhasesEndingNextWeek.Select(p => $"{p.Client} · {p.Phase}"))));
        return string.Join(" · ", parts);
    }

    /// <summary>"16 Nov – 22 Nov": the period's first and last day on the lead's clock.</summary>
    public static string Range(DigestPeriod period, Language language)
    {
        var culture = Texts.Culture(language);
        var last = (period.End - Duration.FromMilliseconds(1)).InZone(period.Zone).Date;
        return $"{period.FirstDay.ToString("d MMM", culture)} – {last.ToString("d MMM", culture)}";
    }

    private static string IdeaName(string ideaId, Language language) =>
        KnowledgeBase.Default.HasIdea(ideaId) ? KnowledgeBase.Default.Get(ideaId, language).Name : ideaId;

    private static string Say(Language language, string key, params object?[] args) => Texts.Default.Get(language, key, args);
}
