namespace RelationshipCoach.Data.Entities;

/// <summary>A person on one channel, as stored.</summary>
public sealed class UserRow
{
    public long Id { get; set; }
    public required string Channel { get; set; }
    public required string Tenant { get; set; }
    public required string ChannelUserId { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public required string Role { get; set; }
    public string? Language { get; set; }
    public string? ChannelLocale { get; set; }
    public string? TimeZoneId { get; set; }
    public string? WorkingHours { get; set; }
    public string? Intensity { get; set; }
    public long CreatedAt { get; set; }
}
