namespace RelationshipCoach.Data.Entities;

/// <summary>An inbound delivery already handled (a Slack event id, a Teams activity id), so a redelivery is recognised on any instance.</summary>
public sealed class ProcessedRequestRow
{
    public required string Key { get; set; }
    public long At { get; set; }
}
