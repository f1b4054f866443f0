using RelationshipCoach.Core.Intake;

namespace RelationshipCoach.Teams.Activities;

/// <summary>Stored activities waiting for the workers, in lanes by conversation, so the HTTP request is answered at once.</summary>
public sealed class ActivityQueue() : InboxLanes<Activity>(Lanes)
{
    /// <summary>The work mostly waits (on SQLite, on the connector), so several lanes keep the queue moving on few cores.</summary>
    public const int Lanes = 8;

    public void Enqueue(string inboxId, Activity activity, bool leftByStop) =>
        Enqueue(activity.Conversation?.Id ?? "", inboxId, activity, leftByStop);
}
