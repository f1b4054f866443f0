using NodaTime;
using RelationshipCoach.Core.Languages;
using RelationshipCoach.Core.Replies;

namespace RelationshipCoach.Core.Calls;

/// <summary>The reminder to confirm a call in writing: the call, a ready-to-copy draft, and the rep's answers as buttons.</summary>
public static class ReminderReply
{
    public const string Kind = "call.reminder";

    public static Reply Build(Call call, string? repName, Language language, DateTimeZone zone, Instant now, bool late, bool last = false)
    {
        string Say(string key, params object?[] args) => Texts.Default.Get(language, key, args);
        var id = call.Id.ToString();
        var blocks = new List<TextBlock>();
        if (late) blocks.Add(new TextBlock(Say("reminder.late"), TextStyle.Subtle));
        if (last) blocks.Add(new TextBlock(Say("reminder.last")));
        blocks.Add(new TextBlock(Say("reminder.intro")));
        blocks.Add(new TextBlock(ConfirmationDraft.Write(call, repName, language, zone), TextStyle.Preformatted));

        var facts = new List<Fact> { new(Say("reminder.client"), call.Client) };
        if (call.Topic.Length > 0) facts.Add(new Fact(Say("reminder.topic"), call.Topic));
        facts.Add(new Fact(Say("reminder.when"), Say("reminder.when-value", When(call.HeldAt, language, zone), Ago(now - call.HeldAt, language))));

        return new Reply
        {
            Kind = Kind,
            Title = Say("reminder.title", call.Client),
            Facts = facts,
            Blocks = blocks,
            Inputs = [new ReplyInput("until", Say("reminder.snooze-input")) { Placeholder = Say("call.snooze-example") }],
            Actions =
            [
                new ReplyAction("call.sent", Say("call.sent.action"), ActionStyle.Primary).With("callId", id),
                new ReplyAction("call.snooze", Say("reminder.snooze-hour")).With("callId", id).With("for", "hour"),
                new ReplyAction("call.snooze", Say("reminder.snooze-tomorrow")).With("callId", id).With("for", "tomorrow"),
                new ReplyAction("call.snooze", Say("reminder.snooze-custom")).With("callId", id).With("for", "until"),
                new ReplyAction("call.not-needed", Say("reminder.not-needed")).With("callId", id),
            ],
        };
    }

    public static string When(Instant instant, Language language, DateTimeZone zone) =>
        instant.InZone(zone).ToString("ddd d MMM, HH:mm", Texts.Culture(language));

    public static string Ago(Duration elapsed, Language language)
    {
        if (elapsed < Duration.FromHours(1)) return Texts.Default.Get(language, "ago.minutes", Math.Max(0, (int)elapsed.TotalMinutes));
        if (elapsed < Duration.FromDays(2)) return Texts.Default.Get(language, "ago.hours", (int)elapsed.TotalHours);
        return Texts.Default.Get(language, "ago.days", (int)elapsed.TotalDays);
    }
}
