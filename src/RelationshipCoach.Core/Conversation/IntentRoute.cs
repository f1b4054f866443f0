namespace RelationshipCoach.Core.Conversation;

/// <summary>A matcher and the handler that answers what it matches, as listed in the intent table.</summary>
public sealed record IntentRoute(string Intent, Func<Turn, bool> Matches, Type Handler)
{
    /// <summary>Matches a clicked button or submitted form whose action id is <paramref name="actionId"/> or starts with it followed by a dot.</summary>
    public static IntentRoute OnAction(string actionId, Type handler) =>
        new(actionId, turn => turn.Action is { } a && (a.Id == actionId || a.Id.StartsWith(actionId + ".", StringComparison.Ordinal)), handler);

    /// <summary>Matches typed text that is one of the command's words in any language, alone or (when it takes them) followed by arguments.</summary>
    public static IntentRoute OnCommand(string command, Type handler, bool takesArguments = false) =>
        new(command, turn => turn.Action is null && CommandWords.Match(command, turn.Text) is { } rest && (takesArguments || rest.Length == 0), handler);

    /// <summary>Matches typed text by any other rule.</summary>
    public static IntentRoute OnText(string intent, Func<Turn, bool> matches, Type handler) =>
        new(intent, turn => turn.Action is null && matches(turn), handler);
}
