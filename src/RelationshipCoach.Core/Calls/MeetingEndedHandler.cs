using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// When a Teams meeting the coach was part of ends, asks the organizer which client it was with, so the call is
/// logged and its confirmation reminded; the meeting title is offered as the topic and nothing is stored until they answer.
/// </summary>
public sealed class MeetingEndedHandler : IIntentHandler
{
    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var title = turn.Action!.Value("title");
        var endedAt = DateTimeOffset.TryParse(turn.Action.Value("endTime"), out var end) ? end : turn.Now.ToDateTimeOffset();
        var form = LogCallHandler.Form(turn, null, title, error: null);
        var submit = form.Actions[0].With("heldAt", endedAt.ToUnixTimeMilliseconds().ToString());
        return Task.FromResult<IReadOnlyList<Reply>>(
        [
            form with
            {
                Kind = "call.meeting-ended",
                Blocks = [new TextBlock(turn.Say("call.meeting-ended", title ?? turn.Say("draft.no-topic")))],
                Actions = [submit, new ReplyAction("call.dismiss", turn.Say("call.meeting-not-client"))],
            },
        ]);
    }
}
