using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>The rep's calls of the last 30 days with how each confirmation went: on time, late, missed, open or not needed.</summary>
public sealed class HistoryHandler(ICallLog calls) : IIntentHandler
{
    public static readonly Duration Window = Duration.FromDays(30);

    /// <summary>Chat cards grow unreadable past this; the counts still cover everything.</summary>
    private const int MaxListed = 15;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var recent = await calls.ListSinceAsync(turn.User.Id, turn.Now - Window, ct);
        if (recent.Count == 0)
            return [new Reply { Kind = "history", Title = turn.Say("history.title"), Blocks = [new TextBlock(turn.Say("history.none"))] }];

        var counts = recent.GroupBy(c => c.Outcome).ToDictionary(g => g.Key, g => g.Count());
        int Count(ConfirmationOutcome o) => counts.GetValueOrDefault(o);
        return
        [
            new Reply
            {
                Kind = "history",
                Title = turn.Say("history.title"),
                Blocks =
                [
                    new TextBlock(turn.Say("history.summary", recent.Count, Count(ConfirmationOutcome.OnTime), Count(ConfirmationOutcome.Late),
                        Count(ConfirmationOutcome.Missed), Count(ConfirmationOutcome.Open))),
                ],
                Facts = recent.Take(MaxListed).Select(c => new Fact(
                    $"{ReminderReply.When(c.HeldAt, turn.Language, turn.Zone)} · {c.Client}",
                    turn.Say("outcome." + c.Outcome.ToString().ToLowerInvariant()))).ToList(),
            },
        ];
    }
}
