namespace RelationshipCoach.Teams.Activities;

/// <summary>Finds and removes the bot's own @mention, as the Bot Framework SDK's RemoveMentionText does.</summary>
public static class MentionText
{
    public static bool MentionsBot(Activity activity) => BotMentions(activity).Any();

    /// <summary>The text with every mention of the bot removed and trimmed.</summary>
    public static string WithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in BotMentions(activity))
        {
            var tag = string.IsNullOrEmpty(mention.Text) ? $"<at>{mention.Mentioned!.Name}</at>" : mention.Text;
            text = text.Replace(tag, "", StringComparison.OrdinalIgnoreCase);
        }
        return text.Trim();
    }

    private static IEnumerable<Entity> BotMentions(Activity activity) =>
        (activity.Entities ?? []).Where(e =>
            string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
            && e.Mentioned?.Id is { Length: > 0 } id
            && string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase));
}
