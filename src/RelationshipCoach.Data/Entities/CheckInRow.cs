namespace RelationshipCoach.Data.Entities;

/// <summary>One check-in on an engagement and its answer, as stored; the lead's digest counts these.</summary>
public sealed class CheckInRow
{
    public long Id { get; set; }
    public long EngagementId { get; set; }
    public EngagementRow? Engagement { get; set; }
    public int PhaseIndex { get; set; }
    public required string Kind { get; set; }
    public long DueAt { get; set; }
    public required string State { get; set; }
    public long? NextAskAt { get; set; }
    public long? AnsweredAt { get; set; }
    public string? Health { get; set; }
    public bool? ClientUpdated { get; set; }
    public string? Note { get; set; }
    public string? NextStep { get; set; }
}
