namespace RelationshipCoach.Data.Entities;

/// <summary>A proactive message given up on after a day of retries, kept for the admin status.</summary>
public sealed class FailedDeliveryRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public long FirstFailedAt { get; set; }
    public long FailedAt { get; set; }
    public int Attempts { get; set; }
    public required string Reason { get; set; }
}
