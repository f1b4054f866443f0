using RelationshipCoach.Core.Replies;
using RelationshipCoach.Teams.Cards;

namespace RelationshipCoach.Teams.Activities;

/// <summary>The message activity that carries one reply: its card alone, with the plain text as the notification summary.</summary>
public static class ReplyActivity
{
    /// <summary>Notifications show one or two lines; the whole text is on the card.</summary>
    public const int MaxSummaryLength = 1000;

    /// <summary>Card only, no text: Teams splits text plus attachment into two messages and returns no id to update.</summary>
    public static Activity From(Reply reply)
    {
        var summary = reply.PlainText;
        if (summary.Length > MaxSummaryLength) summary = summary[..(MaxSummaryLength - 1)] + "…";
        return Activity.Message(AdaptiveCardRenderer.Attachment(reply), summary);
    }
}
