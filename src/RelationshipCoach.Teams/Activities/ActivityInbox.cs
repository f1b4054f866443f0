using Microsoft.Extensions.Options;
using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Accepted activities waiting to be handled, kept in the inbox's log so that Teams gets its 200 without waiting for the database.</summary>
public sealed class ActivityInbox(IOptions<TeamsOptions> options) : InboxFolder(options.Value.InboxFolder);
