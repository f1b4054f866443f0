namespace RelationshipCoach.Core.Engagements;

/// <summary>Splits what a rep wrote in a multi-line field into its items: one per line, bullets and blanks dropped.</summary>
public static class TextLines
{
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split('\n')
            .Select(l => l.Trim().TrimStart('-', '*', '•').Trim())
            .Where(l => l.Length > 0)
            .ToList();

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines);
}
