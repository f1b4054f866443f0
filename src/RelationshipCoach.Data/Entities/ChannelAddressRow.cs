namespace RelationshipCoach.Data.Entities;

/// <summary>How to reach one person on their channel later, as the channel wrote it.</summary>
public sealed class ChannelAddressRow
{
    public long UserId { get; set; }
    public UserRow? User { get; set; }
    public required string Address { get; set; }
    public long UpdatedAt { get; set; }
}
