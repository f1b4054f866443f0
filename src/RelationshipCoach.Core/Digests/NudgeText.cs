using NodaTime;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Digests;

/// <summary>What a nudge says: to the lead in the digest, and to the rep when the lead sends it on.</summary>
public static class NudgeText
{
    public static string ForLead(Nudge nudge, Language language, DateTimeZone zone, Instant now) => nudge.Kind switch
    {
        NudgeKind.Unconfirmed when nudge.Count == 1 =>
            Say(language, "nudge.lead.unconfirmed-one", nudge.RepName, nudge.Client, Day(nudge.At, language, zone, now)),
        NudgeKind.Unconfirmed => Say(language, "nudge.lead.unconfirmed-many", nudge.RepName, nudge.Client, Day(nudge.At, language, zone, now), nudge.Count),
        NudgeKind.PhaseAtRisk => Say(language, "nudge.lead.phase-at-risk", nudge.RepName, nudge.Client, nudge.Detail),
        NudgeKind.MissedCheckIns => Say(language, "nudge.lead.missed-check-ins", nudge.RepName, nudge.Client, nudge.Count),
        NudgeKind.LateConfirmations => Say(language, "nudge.lead.late", nudge.RepName, nudge.Count, nudge.Total),
        NudgeKind.IdeaNotHelping => Say(language, "nudge.lead.idea", nudge.RepName, IdeaName(nudge.Detail, language), nudge.Count),
        NudgeKind.PhaseEnding => Say(language, "nudge.lead.phase-ending", nudge.RepName, nudge.Client, nudge.Detail, Day(nudge.At, language, zone, now)),
        NudgeKind.NoCallsLogged => Say(language, "nudge.lead.no-calls", nudge.RepName),
        _ => Say(language, "nudge.lead.thanks", nudge.RepName, nudge.Count),
    };

    /// <summary>The friendly message the rep gets, naming the lead who sent it.</summary>
    public static string ForRep(NudgeKind kind, string leadName, string? client, string? detail, Language language) => kind switch
    {
        NudgeKind.Unconfirmed => Say(language, "nudge.rep.unconfirmed", leadName, client),
        NudgeKind.PhaseAtRisk => Say(language, "nudge.rep.phase-at-risk", leadName, client, detail),
        NudgeKind.MissedCheckIns => Say(language, "nudge.rep.missed-check-ins", leadName, client),
        NudgeKind.LateConfirmations => Say(language, "nudge.rep.late", leadName),
        NudgeKind.IdeaNotHelping => Say(language, "nudge.rep.idea", leadName, IdeaName(detail, language)),
        NudgeKind.PhaseEnding => Say(language, "nudge.rep.phase-ending", leadName, client, detail),
        NudgeKind.NoCallsLogged => Say(language, "nudge.rep.no-calls", leadName),
        _ => Say(language, "nudge.rep.thanks", leadName),
    };

    /// <summary>"Tuesday" within the last week, "Tue 10 Nov" before that, on the lead's clock.</summary>
    public static string Day(Instant? at, Language language, DateTimeZone zone, Instant now)
    {
        if (at is not { } instant) return "";
        var culture = Texts.Culture(language);
        var local = instant.InZone(zone);
        return now - instant < Duration.FromDays(6) ? local.ToString("dddd", culture) : local.ToString("ddd d MMM", culture);
    }

    private static string IdeaName(string? ideaId, Language language) =>
        ideaId is not null && KnowledgeBase.Default.HasIdea(ideaId) ? KnowledgeBase.Default.Get(ideaId, language).Name : ideaId ?? "";

    private static string Say(Language language, string key, params object?[] args) => Texts.Default.Get(language, key, args);
}
