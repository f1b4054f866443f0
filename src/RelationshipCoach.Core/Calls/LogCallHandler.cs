using RelationshipCoach.Core.Conversation;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>Logs a call a rep had with a client, from the "call" command or the call form; asks for the client when it is missing.</summary>
public sealed class LogCallHandler(CallLogging logging) : IIntentHandler
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken ct)
    {
        var (client, topic) = turn.Action switch
        {
            { Id: "call.form" } => (null, null),
            { } action => (action.Value("client"), action.Value("topic")),
            null => CallSubject.Parse(CommandWords.Match("call", turn.Text) ?? ""),
        };
        if (turn.Action?.Id == "call.form") return [Form(turn, null, null, error: null)];
        if (client is null) return [Form(turn, client, topic, turn.Say("call.client-missing"))];
        if (client.Length > CallSubject.MaxClientLength || topic?.Length > CallSubject.MaxTopicLength)
            return [Form(turn, null, null, turn.Say("call.too-long", CallSubject.MaxClientLength, CallSubject.MaxTopicLength))];

        return [await logging.LogAsync(turn, client, topic ?? "", HeldAt(turn), ct)];
    }

    /// <summary>When the form says the call was held; a moment in the future or beyond ten years back is no call's, so it means now.</summary>
    private static NodaTime.Instant HeldAt(Turn turn)
    {
        var earliest = turn.Now - NodaTime.Duration.FromDays(3653);
        return long.TryParse(turn.Action?.Value("heldAt"), out var ms)
            && ms >= earliest.ToUnixTimeMilliseconds() && ms <= turn.Now.ToUnixTimeMilliseconds()
            ? NodaTime.Instant.FromUnixTimeMilliseconds(ms)
            : turn.Now;
    }

    /// <summary>The call form, filled with what is known, with the question for what is missing.</summary>
    public static Reply Form(Turn turn, string? client, string? topic, string? error) => new()
    {
        Kind = "call.form",
        Title = turn.Say("call.form.title"),
        Blocks = error is null ? [] : [new TextBlock(error)],
        Inputs =
        [
            new ReplyInput("client", turn.Say("call.form.client")) { Required = true, Value = client, Placeholder = "Acme", Error = client is null ? error : null },
            new ReplyInput("topic", turn.Say("call.form.topic"), InputKind.MultilineText) { Value = topic },
        ],
        Actions = [new ReplyAction("call.log", turn.Say("call.form.submit"), ActionStyle.Primary)],
    };
}
