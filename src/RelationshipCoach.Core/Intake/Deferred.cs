namespace RelationshipCoach.Core.Intake;

/// <summary>
/// Marks work nobody is waiting on in an open request (events and activities already acknowledged, writes for a later
/// digest), so that what is shared with requests, like SQLite's one writer at a time, can serve the requests first.
/// </summary>
public static class Deferred
{
    private static readonly AsyncLocal<bool> Marked = new();

    /// <summary>Whether the current work, or the work that started it, was marked.</summary>
    public static bool IsCurrent => Marked.Value;

    /// <summary>Marks the rest of the calling async method and everything it starts.</summary>
    public static void Mark() => Marked.Value = true;
}
