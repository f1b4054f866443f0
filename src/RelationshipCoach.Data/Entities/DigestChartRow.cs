namespace RelationshipCoach.Data.Entities;

/// <summary>A rendered trend chart, served under its unguessable token until it expires.</summary>
public sealed class DigestChartRow
{
    /// <summary>128 random bits as 32 hex digits.</summary>
    public required string Token { get; set; }
    public required byte[] Png { get; set; }
    public long ExpiresAt { get; set; }
}
