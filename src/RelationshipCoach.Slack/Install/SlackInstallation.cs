namespace RelationshipCoach.Slack.Install;

/// <summary>What the bot keeps per workspace after an OAuth install: the bot token and the bot's own user id.</summary>
public sealed record SlackInstallation(string TeamId, string? TeamName, string BotToken, string? BotUserId);
