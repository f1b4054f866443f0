namespace RelationshipCoach.Core.Replies;

/// <summary>A button: the id routes it back to a handler, the values carry the ids it acts on.</summary>
public sealed record ReplyAction(string Id, string Label, ActionStyle Style = ActionStyle.Default)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public ReplyAction With(string key, string value) =>
        this with { Values = new Dictionary<string, string>(Values) { [key] = value } };
}

/// <summary>How prominent a button is.</summary>
public enum ActionStyle { Default, Primary, Danger }
