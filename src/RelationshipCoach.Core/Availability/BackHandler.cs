using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Availability;

/// <summary>Ends a person's absence when they say they are back.</summary>
public sealed class BackHandler(IAbsenceLog absences) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var ended = await absences.EndAsync(turn.User.Id, turn.LocalNow.Date, ct);
        return [new Reply { Kind = "absence.ended", Blocks = [new TextBlock(turn.Say(ended ? "absence.welcome-back" : "absence.was-not-away"))] }];
    }
}
