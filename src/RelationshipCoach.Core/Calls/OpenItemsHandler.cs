using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Lists the rep's calls still waiting for a written confirmation, oldest first.</summary>
public sealed class OpenItemsHandler(ICallLog calls, IDeliveryLedger ledger) : IIntentHandler
{
    /// <summary>Chat cards grow unreadable past this; the rest is counted, not listed.</summary>
    private const int MaxListed = 10;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var open = await calls.ListOpenAsync(turn.User.Id, ct);
        var held = await ledger.HeldTitlesAsync(turn.User.Id, ct);
        var heldBlocks = held.Count == 0 ? [] : new[] { new TextBlock(turn.Say("open-items.held", string.Join("; ", held)), TextStyle.Subtle) };
        if (open.Count == 0)
            return [new Reply { Kind = "open-items", Title = turn.Say("open-items.title"), Blocks = [new TextBlock(turn.Say("open-items.none")), .. heldBlocks] }];

        var listed = open.Take(MaxListed).ToList();
        var blocks = new List<TextBlock> { new(turn.Say("open-items.count", open.Count)) };
        if (open.Count > MaxListed) blocks.Add(new TextBlock(turn.Say("open-items.more", open.Count - MaxListed), TextStyle.Subtle));
        blocks.AddRange(heldBlocks);
        return
        [
            new Reply
            {
                Kind = "open-items",
                Title = turn.Say("open-items.title"),
                Blocks = blocks,
                Facts = listed.Select(c => new Fact(Subject(c), Status(turn, c))).ToList(),
                Actions = listed.Take(5).Select(c =>
                    new ReplyAction("call.sent", turn.Say("open-items.sent-action", c.Client)).With("callId", c.Id.ToString())).ToList(),
            },
        ];
    }

    private static string Subject(Call call) => call.Topic.Length > 0 ? $"{call.Client} · {call.Topic}" : call.Client;

    /// <summary>When the call was and when the coach will remind next, e.g. "Mon 23 Nov, 14:05 · next reminder Mon 23 Nov, 16:05".</summary>
    private static string Status(Turn turn, Call call)
    {
        var held = ReminderReply.When(call.HeldAt, turn.Language, turn.Zone);
        return call.NextReminderAt is { } next
            ? turn.Say("open-items.next-reminder", held, ReminderReply.When(next, turn.Language, turn.Zone))
            : turn.Say("open-items.missed", held);
    }
}
