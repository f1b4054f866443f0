namespace RelationshipCoach.Playground;

/// <summary>What the playground page posts: who speaks, what they typed or clicked, and their locale and zone.</summary>
public sealed record PlaygroundMessage(string? User, string? Text, PlaygroundAction? Action, string? Locale, string? TimeZone);

/// <summary>A clicked button of a rendered reply, with the values it carries and any form inputs.</summary>
public sealed record PlaygroundAction(string? Id, Dictionary<string, string?>? Values);

/// <summary>One proactive message in a user's feed.</summary>
public sealed record FeedItem(long Id, DateTimeOffset At, System.Text.Json.JsonElement Reply);
