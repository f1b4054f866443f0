using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Engagements;

/// <summary>Finds the engagement or check-in a button or a sentence refers to, among those of the rep who is speaking only.</summary>
public sealed class RepEngagements(IEngagementStore store)
{
    /// <summary>The engagement named by the action's engagementId, if this rep owns it; never another person's.</summary>
    public async Task<Engagement?> FindAsync(Turn turn, CancellationToken ct)
    {
        if (!long.TryParse(turn.Action?.Value("engagementId"), out var id)) return null;
        var engagement = await store.GetAsync(id, ct);
        return engagement?.OwnerId == turn.User.Id ? engagement : null;
    }

    /// <summary>The check-in named by the action's checkInId with its engagement, if this rep owns it.</summary>
    public async Task<(CheckIn CheckIn, Engagement Engagement)?> FindCheckInAsync(Turn turn, CancellationToken ct)
    {
        if (!long.TryParse(turn.Action?.Value("checkInId"), out var id)) return null;
        var checkIn = await store.GetCheckInAsync(id, ct);
        if (checkIn is null) return null;
        var engagement = await store.GetAsync(checkIn.EngagementId, ct);
        return engagement?.OwnerId == turn.User.Id ? (checkIn, engagement) : null;
    }

    /// <summary>The rep's active engagements whose client or name the text mentions, client matches first.</summary>
    public async Task<IReadOnlyList<Engagement>> MentionedInAsync(Turn turn, string text, CancellationToken ct)
    {
        var words = Words(text);
        var active = await store.ListActiveAsync(turn.User.Id, ct);
        bool Mentions(string name) => Words(name) is { Length: > 2 } n && words.Contains(n, StringComparison.Ordinal);
        var byClient = active.Where(e => Mentions(e.Client)).ToList();
        return byClient.Count > 0 ? byClient : active.Where(e => Mentions(e.Name)).ToList();
    }

    private static string Words(string text) => " " + string.Join(' ', TextFolding.Words(text)) + " ";

    public Task<IReadOnlyList<Engagement>> ActiveAsync(Turn turn, CancellationToken ct) => store.ListActiveAsync(turn.User.Id, ct);

    public static Reply NotFound(Turn turn) =>
        new() { Kind = "error.not-yours", Blocks = [new TextBlock(turn.Say("engagement.not-found"))], Actions = [ListAction(turn)] };

    public static ReplyAction ListAction(Turn turn) => new("engagement.list", turn.Say("engagement.list.action"));
}
