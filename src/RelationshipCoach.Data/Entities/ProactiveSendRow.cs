namespace RelationshipCoach.Data.Entities;

/// <summary>One proactive message delivered to a person, counted against their daily cap.</summary>
public sealed class ProactiveSendRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public long At { get; set; }
}
