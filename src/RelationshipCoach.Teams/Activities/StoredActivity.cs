namespace RelationshipCoach.Teams.Activities;

/// <summary>
/// An activity safe in the inbox, waiting for a worker. Without <see cref="Activity"/> it waits in the folder only and
/// is read back when its turn comes; one a stop left behind is handled even if the ledger has seen it.
/// </summary>
public sealed record StoredActivity(string InboxId, Activity? Activity, bool LeftByStop);
