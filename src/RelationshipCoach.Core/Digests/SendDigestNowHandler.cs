using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Digests;

/// <summary>"send my digest now": the lead's digest of the last seven days, right here; a rep has no digest to ask for.</summary>
public sealed class SendDigestNowHandler(DigestComposer composer, CoachOptions options) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        if (turn.User.Role != Role.Lead)
            return [new Reply { Kind = "digest.not-a-lead", Blocks = [new TextBlock(turn.Say("digest.not-a-lead"))] }];
        var zone = PersonalSchedule.For(turn.User, options).Zone;
        var (_, reply) = await composer.ComposeAsync(turn.User with { Language = turn.Language }, DigestPeriod.EndingAt(turn.Now, zone), ct);
        return [reply];
    }
}
