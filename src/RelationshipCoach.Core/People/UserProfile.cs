using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.People;

/// <summary>What the coach remembers about one person on one channel: their role and their preferences.</summary>
public sealed record UserProfile(long Id, UserRef Ref)
{
    public string? DisplayName { get; init; }
    public string? Email { get; init; }
    public Role Role { get; init; } = Role.Rep;
    /// <summary>The language the person chose; null until they choose one.</summary>
    public Language? Language { get; init; }
    /// <summary>The last locale the channel reported for the person.</summary>
    public string? ChannelLocale { get; init; }
    /// <summary>IANA time zone id; null until the person or their channel tells it.</summary>
    public string? TimeZoneId { get; init; }
    /// <summary>The person's own working hours; null means the configured default.</summary>
    public WorkingHours? WorkingHours { get; init; }
    public NudgeIntensity Intensity { get; init; } = NudgeIntensity.Standard;
}

/// <summary>Whether a person is coached (rep) or also receives a team's digest (lead).</summary>
public enum Role { Rep, Lead }
