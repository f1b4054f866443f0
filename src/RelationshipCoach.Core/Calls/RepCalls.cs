using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Finds the call a button or a sentence refers to, among the calls of the rep who is speaking only.</summary>
public sealed class RepCalls(ICallLog calls)
{
    /// <summary>The call named by the action's callId, if it is this rep's; never another person's.</summary>
    public async Task<Call?> FindAsync(Turn turn, CancellationToken ct)
    {
        if (!long.TryParse(turn.Action?.Value("callId"), out var id)) return null;
        var call = await calls.GetAsync(id, ct);
        return call?.RepId == turn.User.Id ? call : null;
    }

    /// <summary>The rep's unconfirmed call with this client, the oldest first when there are several.</summary>
    public async Task<Call?> FindOpenByClientAsync(Turn turn, string client, CancellationToken ct)
    {
        var folded = Languages.TextFolding.Fold(client);
        var open = await calls.ListOpenAsync(turn.User.Id, ct);
        return open.FirstOrDefault(c => Languages.TextFolding.Fold(c.Client) == folded)
            ?? open.FirstOrDefault(c => Languages.TextFolding.Fold(c.Client).Contains(folded) || folded.Contains(Languages.TextFolding.Fold(c.Client)));
    }

    public static Reply NotFound(Turn turn) =>
        new() { Kind = "error.not-yours", Blocks = [new TextBlock(turn.Say("call.not-found"))] };
}
