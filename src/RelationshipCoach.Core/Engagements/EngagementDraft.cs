namespace RelationshipCoach.Core.Engagements;

/// <summary>An engagement as the rep has described it so far, field by field as written, before it is checked and stored.</summary>
public sealed record EngagementDraft
{
    public string? Client { get; init; }
    public string? Name { get; init; }
    public string? Level { get; init; }
    public string? Goals { get; init; }
    public string? Responsibilities { get; init; }
    public string? Expectations { get; init; }
    /// <summary>The phases as written: "discovery until Dec 15, pilot until Jan 31" or one per line.</summary>
    public string? Phases { get; init; }

    public static EngagementDraft FromValues(Func<string, string?> value) => new()
    {
        Client = value("client"),
        Name = value("name"),
        Level = value("level"),
        Goals = value("goals"),
        Responsibilities = value("responsibilities"),
        Expectations = value("expectations"),
        Phases = value("phases"),
    };
}
