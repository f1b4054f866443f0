using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Help;
using RelationshipCoach.Core.Settings;
using RelationshipCoach.Core.Teams;
using static RelationshipCoach.Core.Conversation.IntentRoute;

namespace RelationshipCoach.Core.Conversation;

/// <summary>
/// Every intent the coach understands, in the order they are tried: buttons, reports in plain words ("just got off a
/// call with…"), commands, and last any other text, which is a situation to give guidance on.
/// </summary>
public static class IntentTable
{
    public static IReadOnlyList<IntentRoute> Routes { get; } =
    [
        OnAction("help", typeof(HelpHandler)),
        OnAction("settings", typeof(SettingsHandler)),
        OnAction("call.form", typeof(LogCallHandler)),
        OnAction("call.log", typeof(LogCallHandler)),
        OnAction("call.sent", typeof(MarkCallSentHandler)),
        OnAction("call.snooze", typeof(SnoozeCallHandler)),
        OnAction("call.not-needed", typeof(NotNeededHandler)),
        OnAction("call.draft", typeof(DraftHandler)),
        OnAction("call.meeting-ended", typeof(MeetingEndedHandler)),
        OnAction("call.dismiss", typeof(CallDismissedHandler)),
        OnAction("open-items", typeof(OpenItemsHandler)),
        OnAction("history", typeof(HistoryHandler)),
        OnAction(GuidanceActions.More, typeof(IdeaDetailHandler)),
        OnAction(GuidanceActions.Another, typeof(AnotherAngleHandler)),
        OnAction(GuidanceActions.Feedback, typeof(FeedbackHandler)),
        OnAction(TeamActions.Add, typeof(TeamChangeHandler)),
        OnAction(TeamActions.Remove, typeof(TeamChangeHandler)),
        OnAction(DigestActions.Now, typeof(SendDigestNowHandler)),
        OnAction(DigestActions.Nudge, typeof(NudgeHandler)),

        OnText("team.change", TeamChangeHandler.Matches, typeof(TeamChangeHandler)),

        OnText("call.sent", ConfirmationSentHandler.Matches, typeof(ConfirmationSentHandler)),
        OnText("call.mention", CallMentionHandler.Matches, typeof(CallMentionHandler)),

        OnCommand("help", typeof(HelpHandler)),
        OnCommand("settings", typeof(SettingsHandler), takesArguments: true),
        OnCommand("call", typeof(LogCallHandler), takesArguments: true),
        OnCommand("open-items", typeof(OpenItemsHandler)),
        OnCommand("history", typeof(HistoryHandler)),
        OnCommand("advise", typeof(GuidanceHandler), takesArguments: true),
        OnCommand("my-team", typeof(MyTeamHandler)),
        OnCommand("who-sees-my-data", typeof(WhoSeesMyDataHandler)),
        OnCommand("digest-now", typeof(SendDigestNowHandler)),
        OnCommand("digest-off", typeof(DigestScheduleHandler)),
        OnCommand("digest", typeof(DigestScheduleHandler), takesArguments: true),

        OnText("guidance", turn => turn.Text.Length > 0, typeof(GuidanceHandler)),
    ];

    /// <summary>The handler types the host must be able to create.</summary>
    public static IEnumerable<Type> HandlerTypes => Routes.Select(r => r.Handler).Distinct();
}
