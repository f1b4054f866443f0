namespace RelationshipCoach.Data.Entities;

/// <summary>A lead's digest preferences and when their digest is next due, as stored.</summary>
public sealed class DigestSettingRow
{
    public long LeadId { get; set; }
    public UserRow? Lead { get; set; }
    public bool Enabled { get; set; }
    /// <summary>The lead's own RRULE; null means the configured default.</summary>
    public string? RRule { get; set; }
    /// <summary>The local moment the lead's rule was recognized at (ISO), which anchors rules like "every 2 weeks".</summary>
    public string? Anchor { get; set; }
    public long? NextAt { get; set; }
}
