namespace RelationshipCoach.Data.Entities;

/// <summary>An engagement as stored; lists are newline-separated text, instants Unix milliseconds.</summary>
public sealed class EngagementRow
{
    public long Id { get; set; }
    public long OwnerId { get; set; }
    public UserRow? Owner { get; set; }
    public required string Client { get; set; }
    public required string Name { get; set; }
    public string? Level { get; set; }
    public required string Goals { get; set; }
    public required string Responsibilities { get; set; }
    public required string Expectations { get; set; }
    public required string Status { get; set; }
    public required string ScheduleText { get; set; }
    public required string ScheduleRule { get; set; }
    /// <summary>The local date and time the recurrence was anchored at, ISO without offset.</summary>
    public required string ScheduleAnchor { get; set; }
    public long? NextCheckInAt { get; set; }
    public int Version { get; set; }
    public string? Retrospective { get; set; }
    public long CreatedAt { get; set; }
    public List<PhaseRow> Phases { get; set; } = [];
}
