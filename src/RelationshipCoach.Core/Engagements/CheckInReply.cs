using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>The proactive check-in: how the current phase stands (on track, at risk, off track) or, once its end date passed, whether to close it.</summary>
public static class CheckInReply
{
    public const string Kind = "engagement.check-in";

    public static Reply Build(Engagement engagement, CheckIn checkIn, Language language, bool again)
    {
        string Say(string key, params object?[] args) => Texts.Default.Get(language, key, args);
        var phase = engagement.Phases[checkIn.PhaseIndex];
        var id = checkIn.Id.ToString();
        var blocks = new List<TextBlock>();
        if (again) blocks.Add(new TextBlock(Say("check-in.again"), TextStyle.Subtle));
        var clientUpdated = new ReplyInput("clientUpdated", Say("check-in.client-updated"), InputKind.Choice)
        {
            Choices = [new Choice("yes", Say("check-in.yes")), new Choice("no", Say("check-in.no"))],
        };
        var note = new ReplyInput("note", Say("check-in.note")) { Placeholder = Say("check-in.note-placeholder") };

        if (checkIn.Kind == CheckInKind.Close)
        {
            blocks.Add(new TextBlock(Say("check-in.close-question", phase.Name, EngagementDates.Short(phase.End, language))));
            var next = checkIn.PhaseIndex + 1 < engagement.Phases.Count ? engagement.Phases[checkIn.PhaseIndex + 1] : null;
            blocks.Add(new TextBlock(next is null ? Say("check-in.close-last") : Say("check-in.close-next", next.Name), TextStyle.Subtle));
            return new Reply
            {
                Kind = Kind,
                Title = Say("check-in.title", engagement.Title),
                Blocks = blocks,
                Inputs = [new ReplyInput("newEnd", Say("check-in.new-end"), InputKind.Date), clientUpdated, note],
                Actions =
                [
                    new ReplyAction("checkin.close", Say("check-in.done"), ActionStyle.Primary).With("checkInId", id),
                    new ReplyAction("checkin.extend", Say("check-in.extend")).With("checkInId", id),
                ],
            };
        }

        blocks.Add(new TextBlock(Say("check-in.status-question", phase.Name, EngagementDates.Short(phase.End, language))));
        return new Reply
        {
            Kind = Kind,
            Title = Say("check-in.title", engagement.Title),
            Blocks = blocks,
            Inputs = [clientUpdated, note, new ReplyInput("nextStep", Say("check-in.next-step"))],
            Actions =
            [
                Answer(PhaseHealth.OnTrack, ActionStyle.Primary),
                Answer(PhaseHealth.AtRisk, ActionStyle.Default),
                Answer(PhaseHealth.OffTrack, ActionStyle.Danger),
            ],
        };

        ReplyAction Answer(PhaseHealth health, ActionStyle style) =>
            new ReplyAction("checkin.answer", Say("health." + health.Id()), style).With("checkInId", id).With("status", health.Id());
    }
}
