namespace RelationshipCoach.Core.Engagements;

/// <summary>Who owns one piece of work, on either side ("data migration: client IT"); an unowned piece is flagged in the plan.</summary>
public sealed record Responsibility(string Work, string? Owner)
{
    private static readonly string[] Separators = [":", " - ", " – ", " — ", "=", "->", "→"];

    /// <summary>Reads one line per piece of work, "work: owner"; a line without a separator has no owner yet.</summary>
    public static IReadOnlyList<Responsibility> ParseLines(string? text) =>
        TextLines.Split(text).Select(Parse).ToList();

    private static Responsibility Parse(string line)
    {
        foreach (var separator in Separators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var owner = line[(at + separator.Length)..].Trim();
            return new Responsibility(line[..at].Trim(), owner.Length == 0 ? null : owner);
        }
        return new Responsibility(line, null);
    }

    public override string ToString() => Owner is null ? Work : $"{Work}: {Owner}";
}
