namespace RelationshipCoach.Slack.Interactivity;

/// <summary>Where answers to a click or form go: the message's channel, its response_url when it was ephemeral, else the person's DM.</summary>
public sealed record ReplyDestination(string Team, string User, string? Channel, string? ResponseUrl, bool IsEphemeral, bool FromHome);
