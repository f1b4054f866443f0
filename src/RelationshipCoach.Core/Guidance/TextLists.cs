namespace RelationshipCoach.Core.Guidance;

/// <summary>Sets lists as plain text lines, which every channel shows the same way.</summary>
internal static class TextLists
{
    public static string Numbered(IEnumerable<string> items) =>
        string.Join("\n", items.Select((item, i) => $"{i + 1}. {item}"));

    public static string Bulleted(IEnumerable<string> items) =>
        string.Join("\n", items.Select(item => $"• {item}"));
}
