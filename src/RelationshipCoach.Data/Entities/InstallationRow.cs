namespace RelationshipCoach.Data.Entities;

/// <summary>A channel's encrypted settings for one workspace or tenant it is installed in.</summary>
public sealed class InstallationRow
{
    public required string Channel { get; set; }
    public required string Tenant { get; set; }
    public required string ProtectedValue { get; set; }
    public long UpdatedAt { get; set; }
}
