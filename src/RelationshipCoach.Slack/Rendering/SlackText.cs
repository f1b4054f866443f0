using System.Text.Json.Nodes;

namespace RelationshipCoach.Slack.Rendering;

/// <summary>Text objects for Block Kit: mrkdwn escaping, and cutting text to Slack's length limits without breaking an escape.</summary>
public static class SlackText
{
    /// <summary>Slack reads &amp;, &lt; and &gt; as control characters in mrkdwn; everything else is shown as written.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text[..(max - 1)];
        var amp = cut.LastIndexOf('&');
        if (amp >= 0 && cut.IndexOf(';', amp) < 0) cut = cut[..amp];
        return cut + "…";
    }

    /// <summary>Escaped mrkdwn split into pieces of at most max characters, at line breaks where possible.</summary>
    public static IEnumerable<string> Pieces(string escaped, int max)
    {
        var rest = escaped;
        while (rest.Length > max)
        {
            var end = rest.LastIndexOf('\n', max - 1);
            if (end <= 0) end = max;
            var amp = rest.LastIndexOf('&', end - 1);
            if (amp >= 0 && rest.IndexOf(';', amp) >= end && amp > 0) end = amp;
            yield return rest[..end];
            rest = rest[end..].TrimStart('\n');
        }
        if (rest.Length > 0) yield return rest;
    }

    public static JsonObject Plain(string text, int max) => new() { ["type"] = "plain_text", ["text"] = Cut(NotEmpty(text), max), ["emoji"] = true };

    public static JsonObject Markdown(string escaped) => new() { ["type"] = "mrkdwn", ["text"] = escaped };

    /// <summary>Slack refuses empty text objects.</summary>
    public static string NotEmpty(string text) => string.IsNullOrWhiteSpace(text) ? " " : text;
}
