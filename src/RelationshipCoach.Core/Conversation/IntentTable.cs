using RelationshipCoach.Core.Availability;
using RelationshipCoach.Core.Calls;
using RelationshipCoach.Core.Engagements;
using RelationshipCoach.Core.Digests;
using RelationshipCoach.Core.Guidance;
using RelationshipCoach.Core.Help;
using RelationshipCoach.Core.Privacy;
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
        OnAction(ForgetHandler.Confirm, typeof(ForgetHandler)),
        OnAction(ForgetHandler.Cancel, typeof(ForgetHandler)),
        OnAction(GuidanceActions.More, typeof(IdeaDetailHandler)),
        OnAction(GuidanceActions.Another, typeof(AnotherAngleHandler)),
        OnAction(GuidanceActions.Feedback, typeof(FeedbackHandler)),
        OnAction("engagement.new", typeof(NewEngagementHandler)),
        OnAction("engagement.create", typeof(NewEngagementHandler)),
        OnAction("engagement.list", typeof(MyEngagementsHandler)),
        OnAction("engagement.plan", typeof(PlanHandler)),
        OnAction("engagement.edit", typeof(EditEngagementHandler)),
        OnAction("engagement.phase", typeof(PhaseHandler)),
        OnAction("engagement.close-phase", typeof(PhaseCloseHandler)),
        OnAction("engagement.schedule", typeof(ScheduleHandler)),
        OnAction("engagement.retro", typeof(RetrospectiveHandler)),
        OnAction("checkin.answer", typeof(CheckInAnswerHandler)),
        OnAction("checkin.close", typeof(PhaseCloseHandler)),
        OnAction("checkin.extend", typeof(PhaseCloseHandler)),
        OnAction(GuidanceActions.RelationshipLevel, typeof(RelationshipLevelHandler)),
        OnAction(TeamActions.Add, typeof(TeamChangeHandler)),
        OnAction(TeamActions.Remove, typeof(TeamChangeHandler)),
        OnAction(DigestActions.Now, typeof(SendDigestNowHandler)),
        OnAction(DigestActions.Nudge, typeof(NudgeHandler)),

        OnText("team.change", TeamChangeHandler.Matches, typeof(TeamChangeHandler)),

        OnText("checkin.answer", CheckInWordsHandler.Matches, typeof(CheckInWordsHandler)),
        OnText("call.sent", ConfirmationSentHandler.Matches, typeof(ConfirmationSentHandler)),
        OnText("call.mention", CallMentionHandler.Matches, typeof(CallMentionHandler)),
        OnText("absence", AbsenceHandler.Matches, typeof(AbsenceHandler)),

        OnCommand("help", typeof(HelpHandler)),
        OnCommand("settings", typeof(SettingsHandler), takesArguments: true),
        OnCommand("call", typeof(LogCallHandler), takesArguments: true),
        OnCommand("open-items", typeof(OpenItemsHandler)),
        OnCommand("history", typeof(HistoryHandler)),
        OnCommand("advise", typeof(GuidanceHandler), takesArguments: true),
        OnCommand("back", typeof(BackHandler)),
        OnCommand("export-data", typeof(ExportHandler)),
        OnCommand("forget-me", typeof(ForgetHandler)),
        OnCommand("intensity-light", typeof(IntensityHandler)),
        OnCommand("intensity-standard", typeof(IntensityHandler)),
        OnCommand("intensity-active", typeof(IntensityHandler)),
        OnCommand(EngagementOneLiner.Command, typeof(NewEngagementHandler), takesArguments: true),
        OnCommand("engagements", typeof(MyEngagementsHandler)),
        OnCommand(PlanHandler.Command, typeof(PlanHandler), takesArguments: true),
        OnCommand(PhaseHandler.Command, typeof(PhaseHandler), takesArguments: true),
        OnCommand(ScheduleHandler.Command, typeof(ScheduleHandler), takesArguments: true),
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
