namespace RelationshipCoach.Data.Entities;

/// <summary>A rep in a lead's team, as stored; a rep who leaves keeps the row with the moment they left, so digests count them until then.</summary>
public sealed class TeamMemberRow
{
    public long Id { get; set; }
    public long LeadId { get; set; }
    public UserRow? Lead { get; set; }
    public long RepId { get; set; }
    public UserRow? Rep { get; set; }
    public long JoinedAt { get; set; }
    public long? LeftAt { get; set; }
}
