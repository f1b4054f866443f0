namespace RelationshipCoach.Data.Entities;

/// <summary>A person's absence, as whole days (yyyy-MM-dd, inclusive) in their own calendar.</summary>
public sealed class AbsenceRow
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public required string FirstDay { get; set; }
    public required string LastDay { get; set; }
}
