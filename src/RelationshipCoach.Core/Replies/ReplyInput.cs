namespace RelationshipCoach.Core.Replies;

/// <summary>A form field; its value comes back in the values of the action that submits the form.</summary>
public sealed record ReplyInput(string Id, string Label, InputKind Kind = InputKind.Text)
{
    public bool Required { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    /// <summary>Why the last submitted value was refused, shown next to the field.</summary>
    public string? Error { get; init; }
}

/// <summary>The kinds of form field every channel can show.</summary>
public enum InputKind { Text, MultilineText, Date, Time, Choice }

/// <summary>One option of a choice field.</summary>
public sealed record Choice(string Value, string Label);
