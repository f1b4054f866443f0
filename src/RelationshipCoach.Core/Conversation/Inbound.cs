namespace RelationshipCoach.Core.Conversation;

/// <summary>One thing a person said or clicked, already stripped of every channel's wire format.</summary>
public sealed record Inbound(UserRef User, string Text, DateTimeOffset ReceivedAt)
{
    public InboundAction? Action { get; init; }
    /// <summary>The locale the channel reports for the person (e.g. "de-DE"), if it does.</summary>
    public string? Locale { get; init; }
    /// <summary>The IANA time zone the channel reports for the person, if it does.</summary>
    public string? TimeZone { get; init; }
    public string? DisplayName { get; init; }
    public string? Email { get; init; }
}

/// <summary>A clicked button or submitted form: the action id and the values it carries (including form inputs).</summary>
public sealed record InboundAction(string Id, IReadOnlyDictionary<string, string> Values)
{
    public string? Value(string key) => Values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
