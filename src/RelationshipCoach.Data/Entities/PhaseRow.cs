namespace RelationshipCoach.Data.Entities;

/// <summary>One phase of an engagement as stored; dates are ISO local dates in the owner's zone.</summary>
public sealed class PhaseRow
{
    public long Id { get; set; }
    public long EngagementId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Start { get; set; }
    public required string End { get; set; }
    public string? Goal { get; set; }
    public required string Status { get; set; }
    public string? Health { get; set; }
}
