using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Delivery;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Slack.Api;
using RelationshipCoach.Slack.Conversation;

namespace RelationshipCoach.Slack.Delivery;

/// <summary>Sends a proactive reply to a Slack person in their DM with the bot, opening (and remembering) the DM when it is not known yet.</summary>
public sealed class SlackMessenger(SlackBotTokens tokens, IChannelAddressBook addresses, SlackApiClient api, SlackReplies replies) : IMessenger
{
    public async Task SendAsync(UserRef to, Reply reply, CancellationToken ct)
    {
        var token = await tokens.ForTeamAsync(to.Tenant, ct)
            ?? throw new InvalidOperationException($"No Slack bot token for workspace {to.Tenant}: install the app there or set Slack:BotToken.");
        var channel = await DirectMessageAsync(to, token, ct)
            ?? throw new InvalidOperationException($"Slack did not open a DM with {to}.");
        await replies.PostAsync(token, channel, [reply], ct);
    }

    /// <summary>The bot's DM channel with the person, from the address book or else conversations.open.</summary>
    public async Task<string?> DirectMessageAsync(UserRef to, string token, CancellationToken ct)
    {
        if (SlackAddress.Parse(await addresses.LookupAsync(to, ct)) is { } known) return known.DmChannel;
        var opened = await api.OpenDirectMessageAsync(token, to.UserId, ct);
        if (opened is not null) await addresses.RememberAsync(to, new SlackAddress(to.Tenant, opened).ToJson(), ct);
        return opened;
    }
}
