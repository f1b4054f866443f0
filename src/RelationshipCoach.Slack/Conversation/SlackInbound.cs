using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Slack.Api;

namespace RelationshipCoach.Slack.Conversation;

/// <summary>Builds the channel-neutral Inbound for a Slack person, with the time zone, locale, name and email Slack knows.</summary>
public sealed class SlackInbound(SlackPeople people, TimeProvider clock)
{
    public static UserRef User(string team, string user) => new(Channels.Slack, team, user);

    public async Task<Inbound> CreateAsync(string team, string user, string text, InboundAction? action, string? token, CancellationToken ct)
    {
        var hints = token is null ? PersonHints.None : await people.HintsAsync(team, user, token, ct);
        return new Inbound(User(team, user), text, clock.GetUtcNow())
        {
            Action = action,
            Locale = hints.Locale,
            TimeZone = hints.TimeZone,
            DisplayName = hints.DisplayName,
            Email = hints.Email,
        };
    }
}
