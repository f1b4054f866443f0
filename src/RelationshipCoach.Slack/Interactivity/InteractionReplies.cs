using RelationshipCoach.Core.Replies;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Delivery;
using RelationshipCoach.Slack.Home;

namespace RelationshipCoach.Slack.Interactivity;

/// <summary>Delivers the answers to a click or a submitted form, and refreshes App Home when the person acted there.</summary>
public sealed class InteractionReplies(SlackReplies replies, SlackMessenger messenger, HomeTab home)
{
    public async Task DeliverAsync(ReplyDestination to, string token, IEnumerable<Reply> answers, CancellationToken ct)
    {
        var list = answers.ToList();
        if (list.Count > 0)
        {
            if (to.IsEphemeral && to.ResponseUrl is not null) await replies.RespondAsync(to.ResponseUrl, list, ct);
            else if (!to.FromHome && to.Channel is not null) await replies.PostAsync(token, to.Channel, list, ct);
            else if (await messenger.DirectMessageAsync(SlackInbound.User(to.Team, to.User), token, ct) is { } dm) await replies.PostAsync(token, dm, list, ct);
        }
        if (to.FromHome) await home.PublishAsync(to.Team, to.User, ct);
    }
}
