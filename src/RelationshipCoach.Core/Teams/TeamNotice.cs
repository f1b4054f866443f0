using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.People;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Teams;

/// <summary>Tells a rep, in their language, that a lead now sees a weekly summary of their calls: nobody is watched without knowing.</summary>
public sealed class TeamNotice(IMessenger messenger)
{
    /// <summary>True when the rep was told; a rep the coach cannot reach yet learns it when they ask "who sees my data".</summary>
    public async Task<bool> TellJoinedAsync(UserProfile rep, UserProfile lead, CancellationToken ct)
    {
        var language = PreferredLanguage.Of(rep);
        var reply = new Reply
        {
            Kind = "team.joined",
            Blocks = [new TextBlock(Texts.Default.Get(language, "team.you-joined", PersonName.Of(lead)))],
        };
        try
        {
            await messenger.SendAsync(rep.Ref, reply, ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The channel may not know how to reach someone who never wrote to the bot; the membership stands regardless.
            return false;
        }
    }
}
