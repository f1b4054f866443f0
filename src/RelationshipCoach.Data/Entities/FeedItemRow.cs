namespace RelationshipCoach.Data.Entities;

/// <summary>A proactive message waiting in the playground's feed for one user.</summary>
public sealed class FeedItemRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public long At { get; set; }
    public required string ReplyJson { get; set; }
}
