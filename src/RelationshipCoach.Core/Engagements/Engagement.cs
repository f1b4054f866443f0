using NodaTime;

namespace RelationshipCoach.Core.Engagements;

/// <summary>A client project a rep owns: what was agreed in writing, its phases, and when the coach checks in on it.</summary>
public sealed record Engagement(long Id, long OwnerId, string Client, string Name, Instant CreatedAt)
{
    public const int MaxClientLength = 200;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>One of <see cref="Knowledge.LevelIds"/>; null until the rep says where the relationship stands.</summary>
    public string? Level { get; init; }
    public IReadOnlyList<string> Goals { get; init; } = [];
    public IReadOnlyList<Responsibility> Responsibilities { get; init; } = [];
    public IReadOnlyList<string> Expectations { get; init; } = [];
    /// <summary>In order; consecutive phases do not overlap.</summary>
    public IReadOnlyList<Phase> Phases { get; init; } = [];
    public EngagementStatus Status { get; init; } = EngagementStatus.Active;
    public required CheckInSchedule Schedule { get; init; }
    /// <summary>When the coach next asks for a check-in; null once the engagement is complete.</summary>
    public Instant? NextCheckInAt { get; init; }
    /// <summary>Bumped by every stored change, so that of two concurrent writers exactly one wins.</summary>
    public int Version { get; init; }
    /// <summary>The rep's answer to the closing question: what went well and what to do differently.</summary>
    public string? Retrospective { get; init; }

    /// <summary>The first phase not done yet, with its position; null when all are done.</summary>
    public (Phase Phase, int Index)? CurrentPhase
    {
        get
        {
            for (var i = 0; i < Phases.Count; i++)
                if (Phases[i].Status != PhaseStatus.Done) return (Phases[i], i);
            return null;
        }
    }

    public string Title => Name.Length == 0 || Name == Client ? Client : $"{Client} · {Name}";

    public Engagement WithPhase(int index, Phase phase) =>
        this with { Phases = Phases.Select((p, i) => i == index ? phase : p).ToList() };
}

/// <summary>Whether the coach still checks in on an engagement.</summary>
public enum EngagementStatus { Active, Completed }
