using RelationshipCoach.Slack.Install;

namespace RelationshipCoach.Slack.Api;

/// <summary>The bot token for a workspace: its OAuth installation, else the single-workspace Slack:BotToken.</summary>
public sealed class SlackBotTokens(SlackInstallations installations, SlackOptions options)
{
    public async Task<string?> ForTeamAsync(string team, CancellationToken ct) =>
        (await installations.FindAsync(team, ct))?.BotToken ?? options.BotToken;
}
