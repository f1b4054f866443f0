using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>One stage of an engagement with its own dates and goal; the client should see progress at each one.</summary>
public sealed record Phase(string Name, LocalDate Start, LocalDate End)
{
    public const int MaxNameLength = 100;

    public string? Goal { get; init; }
    public PhaseStatus Status { get; init; } = PhaseStatus.Planned;
    /// <summary>How the phase stood at its last answered check-in.</summary>
    public PhaseHealth? Health { get; init; }
}

/// <summary>Where a phase is in its life.</summary>
public enum PhaseStatus { Planned, Active, Done }

/// <summary>How a phase stands, as the rep said at a check-in.</summary>
public enum PhaseHealth { OnTrack, AtRisk, OffTrack }

/// <summary>The ids health values travel under in buttons and texts ("on_track", "at_risk", "off_track").</summary>
public static class PhaseHealthIds
{
    public static string Id(this PhaseHealth health) => health switch
    {
        PhaseHealth.AtRisk => "at_risk",
        PhaseHealth.OffTrack => "off_track",
        _ => "on_track",
    };

    public static PhaseHealth? Parse(string? id) => id switch
    {
        "on_track" => PhaseHealth.OnTrack,
        "at_risk" => PhaseHealth.AtRisk,
        "off_track" => PhaseHealth.OffTrack,
        _ => null,
    };
}
