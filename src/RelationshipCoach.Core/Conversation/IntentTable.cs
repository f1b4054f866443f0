using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Help;
using RelationshipCoach.Core.Settings;
using static RelationshipCoach.Core.Conversation.IntentRoute;

namespace RelationshipCoach.Core.Conversation;

/// <summary>Every intent the coach understands, in the order they are tried: buttons first, then commands, then free text.</summary>
public static class IntentTable
{
    public static IReadOnlyList<IntentRoute> Routes { get; } =
    [
        OnAction("help", typeof(HelpHandler)),
        OnAction("settings", typeof(SettingsHandler)),
        OnAction("call.form", typeof(LogCallHandler)),
        OnAction("call.log", typeof(LogCallHandler)),
        OnAction("call.sent", typeof(MarkCallSentHandler)),
        OnAction("open-items", typeof(OpenItemsHandler)),

        OnCommand("help", typeof(HelpHandler)),
        OnCommand("settings", typeof(SettingsHandler), takesArguments: true),
        OnCommand("call", typeof(LogCallHandler), takesArguments: true),
        OnCommand("open-items", typeof(OpenItemsHandler)),
    ];

    /// <summary>The handler types the host must be able to create.</summary>
    public static IEnumerable<Type> HandlerTypes => Routes.Select(r => r.Handler).Distinct();
}
