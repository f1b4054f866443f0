using NodaTime;

namespace RelationshipCoach.Core.Digests;

/// <summary>
/// A concrete suggestion for the lead about one rep (and usually one client), with the numbers its sentence needs;
/// the digest's button sends the rep a friendly message of the same kind.
/// </summary>
public sealed record Nudge(NudgeKind Kind, long RepId, string RepName, int Priority)
{
    public string? Client { get; init; }
    /// <summary>The phase or idea id the nudge is about, when it is about one.</summary>
    public string? Detail { get; init; }
    public int Count { get; init; }
    public int Total { get; init; }
    /// <summary>The moment the nudge points at: the oldest open call, or the day a phase ends.</summary>
    public Instant? At { get; init; }
}

/// <summary>What a nudge is about; the order of <see cref="NudgeRules"/> decides which come first.</summary>
public enum NudgeKind { Unconfirmed, PhaseAtRisk, MissedCheckIns, LateConfirmations, IdeaNotHelping, PhaseEnding, NoCallsLogged, Thanks }
