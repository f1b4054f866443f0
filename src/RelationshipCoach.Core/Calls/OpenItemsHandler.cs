using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Lists the rep's calls still waiting for a written confirmation, oldest first.</summary>
public sealed class OpenItemsHandler(ICallLog calls) : IIntentHandler
{
    /// <summary>Chat cards grow unreadable past this; the rest is counted, not listed.</summary>
    private const int MaxListed = 10;

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var open = await calls.ListOpenAsync(turn.User.Id, ct);
        if (open.Count == 0)
            return [new Reply { Kind = "open-items", Title = turn.Say("open-items.title"), Blocks = [new TextBlock(turn.Say("open-items.none"))] }];

        var listed = open.Take(MaxListed).ToList();
        var blocks = new List<TextBlock> { new(turn.Say("open-items.count", open.Count)) };
        if (open.Count > MaxListed) blocks.Add(new TextBlock(turn.Say("open-items.more", open.Count - MaxListed), TextStyle.Subtle));
        return
        [
            new Reply
            {
                Kind = "open-items",
                Title = turn.Say("open-items.title"),
                Blocks = blocks,
                Facts = listed.Select(c => new Fact(Subject(c), When(turn, c.HeldAt))).ToList(),
                Actions = listed.Take(5).Select(c =>
                    new ReplyAction("call.sent", turn.Say("open-items.sent-action", c.Client)).With("callId", c.Id.ToString())).ToList(),
            },
        ];
    }

    private static string Subject(Call call) => call.Topic.Length > 0 ? $"{call.Client} · {call.Topic}" : call.Client;

    /// <summary>The moment in the person's zone and language, e.g. "Mon 23 Nov, 14:05".</summary>
    public static string When(Turn turn, Instant instant) =>
        instant.InZone(turn.Zone).ToString("ddd d MMM, HH:mm", Languages.Texts.Culture(turn.Language));
}
