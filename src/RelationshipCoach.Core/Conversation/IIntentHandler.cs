using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Conversation;

/// <summary>Answers one intent; the intent table decides which handler a turn goes to.</summary>
public interface IIntentHandler
{
    Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct);
}
