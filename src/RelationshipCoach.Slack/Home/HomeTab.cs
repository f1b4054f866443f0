using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Conversation;
using RelationshipCoach.Slack.Rendering;

namespace RelationshipCoach.Slack.Home;

/// <summary>
/// The App Home tab: what the coach answers to the "help" and "open-items" actions, published with views.publish.
/// The coach decides the content; the tab only asks and shows.
/// </summary>
public sealed class HomeTab(Coach coach, SlackInbound inbound, SlackBotTokens tokens, SlackApiClient api)
{
    public static readonly string[] Sections = ["help", "open-items"];

    public async Task PublishAsync(string team, string user, CancellationToken ct)
    {
        var token = await tokens.ForTeamAsync(team, ct);
        if (token is null) return;
        var replies = new List<Core.Replies.Reply>();
        foreach (var section in Sections)
        {
            var ask = await inbound.CreateAsync(team, user, "", new InboundAction(section, new Dictionary<string, string>()), token, ct);
            replies.AddRange(await coach.HandleAsync(ask, ct));
        }
        await api.PublishViewAsync(token, user, HomeViewRenderer.View(replies), ct);
    }
}
