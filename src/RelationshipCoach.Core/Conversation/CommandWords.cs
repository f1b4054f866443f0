using System.Text.Json;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Conversation;

/// <summary>
/// The words that start each typed command in the four languages (Conversation/commands.json), matched
/// case- and accent-insensitively, so "Hilfe", "ayuda" and "HELP" all reach the help handler.
/// </summary>
public static class CommandWords
{
    private static readonly Dictionary<string, string[][]> Phrases = Load();

    /// <summary>No command is longer, so only this many of a message's first words are ever folded.</summary>
    private static readonly int LongestPhrase = Phrases.Values.Max(phrases => phrases.Max(p => p.Length));

    public static IReadOnlyCollection<string> Commands => Phrases.Keys;

    /// <summary>The text after the command's words ("" when there is none), or null when the text is not this command.</summary>
    public static string? Match(string command, string text)
    {
        var (words, folded) = Parse(text);
        if (words.Length == 0) return null;
        foreach (var phrase in Phrases[command])
        {
            if (phrase.Length > words.Length || !phrase.SequenceEqual(folded[..phrase.Length])) continue;
            var rest = string.Join(' ', words[phrase.Length..]).Trim().TrimStart(':', '-').Trim();
            return rest;
        }
        return null;
    }

    /// <summary>
    /// The intent table tries every command on the same text, one after another on one thread; splitting and folding
    /// it again for each command was about a tenth of the app's allocations under load.
    /// </summary>
    [ThreadStatic] private static ParsedText? _lastParsed;

    private sealed record ParsedText(string Text, string[] Words, string[] Folded);

    private static (string[] Words, string[] Folded) Parse(string text)
    {
        if (_lastParsed is { } last && ReferenceEquals(last.Text, text)) return (last.Words, last.Folded);
        var words = text.Trim().TrimStart('/').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Take(LongestPhrase).Select(w => TextFolding.Fold(w).TrimEnd('.', '!', '?', ':', ',')).ToArray();
        _lastParsed = new ParsedText(text, words, folded);
        return (words, folded);
    }

    private static Dictionary<string, string[][]> Load()
    {
        using var stream = typeof(CommandWords).Assembly.GetManifestResourceStream("RelationshipCoach.Core.Conversation.commands.json")!;
        var raw = JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)!;
        // Longest phrases first, so "my open items" wins over a shorter phrase that is its prefix.
        return raw.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(p => TextFolding.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .OrderByDescending(p => p.Length).ToArray());
    }
}
