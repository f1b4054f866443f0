namespace RelationshipCoach.Core.Time;

/// <summary>Tolerates one typo (insertion, deletion, substitution or swap of neighbours) in longer vocabulary words.</summary>
internal static class FuzzyWord
{
    public const int MinLength = 5;

    public static bool WithinOne(string a, string b)
    {
        if (a.Length < MinLength || b.Length < MinLength) return false;
        var diff = a.Length - b.Length;
        if (diff is > 1 or < -1) return false;
        if (diff < 0) (a, b) = (b, a);
        var i = 0;
        while (i < b.Length && a[i] == b[i]) i++;
        if (i == b.Length) return true;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
    }
}
