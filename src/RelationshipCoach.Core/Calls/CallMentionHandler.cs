using NodaTime;
using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;
using RelationshipCoach.Core.Time;

namespace RelationshipCoach.Core.Calls;

/// <summary>Logs a call the rep reported in plain words, at the time they said it happened ("this morning at 10") or now.</summary>
public sealed class CallMentionHandler(CallLogging logging, ITimeExpressionRecognizer recognizer) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var time = recognizer.Recognize(turn.Text, turn.Language, turn.LocalNow, turn.Zone);
        var text = time.Kind == TimeExpressionKind.None ? turn.Text : time.Remainder(turn.Text);
        if (CallMention.Find(text) is not { } mention) return [LogCallHandler.Form(turn, null, null, turn.Say("call.client-missing"))];
        return [await logging.LogAsync(turn, mention.Client, mention.Topic, HeldAt(turn, time), ct)];
    }

    /// <summary>A call already happened: a time that reads as later today or tomorrow ("at 10" said at noon) means the last such time.</summary>
    private static Instant HeldAt(Turn turn, TimeExpression time)
    {
        if (time is not { Kind: TimeExpressionKind.Moment, At: { } at }) return turn.Now;
        if (at > turn.Now && at - turn.Now <= Duration.FromDays(1)) at -= Duration.FromDays(1);
        return at <= turn.Now ? at : turn.Now;
    }

    public static bool Matches(Turn turn) => CallMention.Find(turn.Text) is not null;
}
