using NodaTime;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// The written recap a rep can copy and send after a call: subject, thanks, what was discussed, agreed next
/// steps, open questions and an invitation to correct, prefilled with what the rep told the coach.
/// </summary>
public static class ConfirmationDraft
{
    public static string Write(Call call, string? repName, Language language, DateTimeZone zone)
    {
        string Say(string key, params object?[] args) => Texts.Default.Get(language, key, args);
        var topic = call.Topic.Length > 0 ? call.Topic : Say("draft.no-topic");
        var date = call.HeldAt.InZone(zone).Date.ToString("d", Texts.Culture(language));
        var lines = new List<string>
        {
            Say("draft.subject", date, topic),
            "",
            Say("draft.greeting"),
            Say("draft.thanks"),
            "",
            Say("draft.discussed"),
            "- " + topic,
        };
        if (!string.IsNullOrWhiteSpace(call.Notes)) lines.AddRange(call.Notes.Split('\n').Select(n => "- " + n.Trim()));
        lines.AddRange(["", Say("draft.steps"), "", Say("draft.questions"), "", Say("draft.misunderstood"), "", Say("draft.regards")]);
        if (!string.IsNullOrWhiteSpace(repName)) lines.Add(repName);
        return string.Join("\n", lines);
    }
}
