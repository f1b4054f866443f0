namespace RelationshipCoach.Slack.Events;

/// <summary>How a stored event came to be handled, which decides whether the delivery ledger may turn it away.</summary>
public enum EventOrigin
{
    /// <summary>Accepted by this process: handled only the first time its event id is seen on any instance.</summary>
    Received,

    /// <summary>Left in the folder by a stop: its ledger entry may be this instance's own from before the stop, so it is handled regardless.</summary>
    LeftByStop,
}
