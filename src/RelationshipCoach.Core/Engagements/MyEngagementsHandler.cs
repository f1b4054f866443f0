using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Lists the rep's active engagements with their current phase, how it stands and the next check-in.</summary>
public sealed class MyEngagementsHandler(RepEngagements engagements) : IIntentHandler
{
    /// <summary>Chat cards grow unreadable past this many buttons.</summary>
    private const int MaxButtons = 5;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct) =>
        [await ListAsync(turn, await engagements.ActiveAsync(turn, ct), ct)];

    public static Task<Reply> ListAsync(Turn turn, IReadOnlyList<Engagement> active, CancellationToken ct) => Task.FromResult(new Reply
    {
        Kind = "engagement.list",
        Title = turn.Say("engagement.list.title"),
        Blocks = [new TextBlock(active.Count == 0 ? turn.Say("engagement.list.none") : turn.Say("engagement.list.count", active.Count))],
        Facts = active.Select(e => new Fact(e.Title, Status(turn, e))).ToList(),
        Actions =
        [
            .. active.Take(MaxButtons).Select(e => new ReplyAction("engagement.plan", turn.Say("engagement.plan.action", e.Client)).With("engagementId", e.Id.ToString())),
            new ReplyAction("engagement.new", turn.Say("engagement.new.action"), ActionStyle.Primary),
        ],
    });

    private static string Status(Turn turn, Engagement engagement)
    {
        var health = engagement.CurrentPhase?.Phase.Health is { } h ? turn.Say("health." + h.Id()) : turn.Say("health.unknown");
        var next = engagement.NextCheckInAt is { } at ? EngagementDates.When(at, turn.Language, turn.Zone) : "—";
        return engagement.CurrentPhase is { } current
            ? turn.Say("engagement.list.status", current.Phase.Name, EngagementDates.Short(current.Phase.End, turn.Language), health, next)
            : turn.Say("engagement.list.no-phase");
    }
}
