namespace RelationshipCoach.Core.Knowledge;

/// <summary>The stable ids of the three relationship levels, lowest first (see docs/coaching-knowledge.md).</summary>
public static class LevelIds
{
    public const string Transactional = "transactional";
    public const string PreferredSupplier = "preferred_supplier";
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Transactional, PreferredSupplier, Partner];

    /// <summary>The level above, or null at the top.</summary>
    public static string? Next(string level)
    {
        var index = IndexOf(level);
        return index + 1 < All.Count ? All[index + 1] : null;
    }

    public static bool IsKnown(string level) => All.Contains(level);

    private static int IndexOf(string level)
    {
        for (var i = 0; i < All.Count; i++)
            if (All[i] == level) return i;
        throw new KeyNotFoundException($"No relationship level '{level}'.");
    }
}
