namespace RelationshipCoach.Data.Entities;

/// <summary>An idea shown to a rep, or their verdict on it; the situation they described is never stored.</summary>
public sealed class GuidanceEventRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public required string IdeaId { get; set; }
    /// <summary>shown, helped or unhelpful.</summary>
    public required string Kind { get; set; }
    public long At { get; set; }
}
