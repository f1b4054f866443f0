namespace RelationshipCoach.Core.Replies;

/// <summary>What the coach says, once, in a channel-neutral shape that each channel's renderer turns into its own format.</summary>
public sealed record Reply
{
    /// <summary>What the reply is about (help, reminder, digest …); renderers and tests may key on it, users never see it.</summary>
    public string Kind { get; init; } = "message";
    public string? Title { get; init; }
    public IReadOnlyList<TextBlock> Blocks { get; init; } = [];
    public IReadOnlyList<Fact> Facts { get; init; } = [];
    public IReadOnlyList<ReplyInput> Inputs { get; init; } = [];
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];
    public ReplyImage? Image { get; init; }

    /// <summary>When true, a channel that can replaces the message whose button produced this reply instead of posting a new one.</summary>
    public bool ReplacesSource { get; init; }

    /// <summary>All visible text, in reading order: the notification fallback Teams and Slack need and what the playground shows.</summary>
    public string PlainText => string.Join("\n", VisibleLines());

    private IEnumerable<string> VisibleLines()
    {
        if (!string.IsNullOrEmpty(Title)) yield return Title;
        foreach (var block in Blocks) yield return block.Text;
        foreach (var fact in Facts) yield return $"{fact.Label}: {fact.Value}";
        foreach (var input in Inputs) yield return input.Label;
        if (Actions.Count > 0) yield return string.Join(" · ", Actions.Select(a => a.Label));
    }
}

/// <summary>A paragraph of a reply; the style tells renderers how to set it.</summary>
public sealed record TextBlock(string Text, TextStyle Style = TextStyle.Normal);

/// <summary>How a text block is set.</summary>
public enum TextStyle { Normal, Heading, Subtle, Preformatted }

/// <summary>A label and its value, shown as a two-column list.</summary>
public sealed record Fact(string Label, string Value);

/// <summary>A picture (a chart) with the text that stands in for it where images cannot be shown.</summary>
public sealed record ReplyImage(string Url, string AltText);
