using NodaTime;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Knowledge;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>The engagement's written plan to copy, what it leaves unclear, and the buttons to change it.</summary>
public static class PlanReply
{
    public const string Kind = "engagement.plan";

    public static Reply Build(Engagement engagement, Language language, DateTimeZone zone, string? intro = null)
    {
        string Say(string key, params object?[] args) => Texts.Default.Get(language, key, args);
        var blocks = new List<TextBlock>();
        if (intro is not null) blocks.Add(new TextBlock(intro));
        blocks.Add(new TextBlock(Say("plan.intro"), TextStyle.Subtle));
        blocks.Add(new TextBlock(EngagementPlan.Write(engagement, language), TextStyle.Preformatted));
        var gaps = EngagementGaps.Find(engagement);
        if (gaps.Count > 0)
        {
            blocks.Add(new TextBlock(Say("plan.unclear"), TextStyle.Heading));
            blocks.Add(new TextBlock(TextLists.Bulleted(gaps.Select(g => g.Say(language)).ToList())));
        }
        var id = engagement.Id.ToString();
        return new Reply
        {
            Kind = Kind,
            Title = Say("plan.title", engagement.Title),
            Blocks = blocks,
            Facts = Facts(engagement, language, zone, Say),
            Actions =
            [
                new ReplyAction("engagement.edit", Say("engagement.edit.action")).With("engagementId", id),
                .. CurrentPhaseActions(engagement, Say),
                new ReplyAction("engagement.phase.form", Say("phase.add.action")).With("engagementId", id),
                new ReplyAction("engagement.schedule.form", Say("schedule.action")).With("engagementId", id),
                new ReplyAction(GuidanceActions.RelationshipLevel, Say("engagement.level.action"))
                    .With(GuidanceActions.LevelKey, engagement.Level ?? LevelIds.Transactional),
            ],
        };
    }

    private static IEnumerable<ReplyAction> CurrentPhaseActions(Engagement engagement, Func<string, object?[], string> say)
    {
        if (engagement.CurrentPhase is not var (phase, index)) yield break;
        var id = engagement.Id.ToString();
        yield return new ReplyAction("engagement.phase.form", say("phase.edit.action", [phase.Name])).With("engagementId", id).With("phase", index.ToString());
        yield return new ReplyAction("engagement.close-phase", say("phase.close.action", [phase.Name])).With("engagementId", id);
    }

    private static List<Fact> Facts(Engagement engagement, Language language, DateTimeZone zone, Func<string, object?[], string> say)
    {
        var facts = new List<Fact>
        {
            new(say("engagement.level", []), engagement.Level is { } level ? KnowledgeBase.Default.Level(level, language).Name : say("engagement.level-unknown", [])),
            new(say("schedule.label", []), engagement.Schedule.Text),
        };
        if (engagement.NextCheckInAt is { } next) facts.Add(new Fact(say("engagement.next-check-in", []), EngagementDates.When(next, language, zone)));
        return facts;
    }
}
