using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Slack.Events;

/// <summary>Accepted Events API envelopes waiting to be handled, by event id.</summary>
public sealed class SlackEventInbox(SlackOptions options) : InboxFolder(options.InboxFolder);
