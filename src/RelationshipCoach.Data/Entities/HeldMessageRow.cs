namespace RelationshipCoach.Data.Entities;

/// <summary>A proactive message waiting for a better moment to reach its person.</summary>
public sealed class HeldMessageRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public required string Title { get; set; }
    public required string ReplyJson { get; set; }
    public long HoldUntil { get; set; }
    public long? FirstFailedAt { get; set; }
    public int Attempts { get; set; }
    public string? FailureReason { get; set; }
}
