namespace RelationshipCoach.Data.Entities;

/// <summary>A logged call and its confirmation state, as stored; instants are Unix milliseconds so both providers sort them alike.</summary>
public sealed class CallRow
{
    public long Id { get; set; }
    public long RepId { get; set; }
    public UserRow? Rep { get; set; }
    public required string Client { get; set; }
    public required string Topic { get; set; }
    public long HeldAt { get; set; }
    public long LoggedAt { get; set; }
    public required string Status { get; set; }
    public long? ConfirmedAt { get; set; }
    public long? NextReminderAt { get; set; }
    public int RemindersSent { get; set; }
    public string? Notes { get; set; }
    public string? NotNeededReason { get; set; }
}
