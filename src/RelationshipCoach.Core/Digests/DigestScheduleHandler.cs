using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// "digest every Friday at 16:00", "digest off", "digest on", "digest": shows or changes when the lead's weekly digest
/// comes, in plain words in any of the four languages.
/// </summary>
public sealed class DigestScheduleHandler(
    IDigestSettingsStore settings, DigestPlanner planner, ITimeExpressionRecognizer recognizer, CoachOptions options) : IIntentHandler
{
    private static readonly HashSet<string> OffWords = ["off", "stop", "aus", "ausschalten", "desactivar", "apagar", "no", "mati", "matikan", "berhenti"];
    private static readonly HashSet<string> OnWords = ["on", "an", "einschalten", "activar", "encender", "si", "nyalakan", "aktifkan"];

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.User.Role != Role.Lead)
            return [new Reply { Kind = "digest.not-a-lead", Blocks = [new TextBlock(turn.Say("digest.not-a-lead"))] }];
        var current = await settings.GetAsync(turn.User.Id, ct);
        var rest = CommandWords.Match("digest-off", turn.Text) is not null ? "off" : CommandWords.Match("digest", turn.Text) ?? "";
        var word = Languages.TextFolding.Fold(rest).Trim('.', '!', ' ');

        DigestSettings changed;
        if (word.Length == 0) return [Card(turn, current, await NextAsync(turn, current, ct), null)];
        if (OffWords.Contains(word)) changed = current with { Enabled = false };
        else if (OnWords.Contains(word)) changed = current with { Enabled = true };
        else
        {
            var expression = recognizer.Recognize(rest, turn.Language, turn.LocalNow, turn.Zone);
            if (expression.Recurrence is not { } recurrence || !DigestSchedule.IsWeekly(recurrence))
                return [Card(turn, current, current.NextAt, turn.Say("digest.schedule.unreadable", rest))];
            changed = current with { Enabled = true, Schedule = recurrence };
        }
        await settings.SaveAsync(changed, ct);
        var next = await planner.PlanAsync(turn.User, turn.Now, ct);
        return [Card(turn, changed, next, turn.Say(changed.Enabled ? "digest.schedule.saved" : "digest.schedule.off"))];
    }

    private async Task<Instant?> NextAsync(Turn turn, DigestSettings current, CancellationToken ct) =>
        current.NextAt is { } due && due > turn.Now ? due : await planner.PlanAsync(turn.User, turn.Now, ct);

    private Reply Card(Turn turn, DigestSettings current, Instant? next, string? message)
    {
        var zone = PersonalSchedule.For(turn.User, options).Zone;
        var blocks = new List<TextBlock>();
        if (message is not null) blocks.Add(new TextBlock(message));
        blocks.Add(new TextBlock(next is { } at
            ? turn.Say("digest.schedule.next", Calls.ReminderReply.When(at, turn.Language, zone))
            : turn.Say("digest.schedule.is-off")));
        blocks.Add(new TextBlock(turn.Say("digest.schedule.how"), TextStyle.Subtle));
        return new Reply
        {
            Kind = "digest.schedule",
            Title = turn.Say("digest.schedule.title"),
            Blocks = blocks,
            Actions = [new ReplyAction(DigestActions.Now, turn.Say("digest.now-action"), ActionStyle.Primary)],
        };
    }
}
