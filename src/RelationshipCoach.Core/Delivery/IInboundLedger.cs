namespace RelationshipCoach.Core.Delivery;

/// <summary>Remembers which inbound deliveries were handled, so that a channel's retry or redelivery is handled once.</summary>
public interface IInboundLedger
{
    /// <summary>True the first time a key is seen, on any instance; false for every repeat.</summary>
    Task<bool> FirstTimeAsync(string key, CancellationToken ct);
}
