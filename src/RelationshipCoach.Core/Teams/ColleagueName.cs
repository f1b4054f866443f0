using System.Text.RegularExpressions;

namespace RelationshipCoach.Core.Teams;

/// <summary>
/// How a colleague was named, whatever the channel wrote: a Slack mention (&lt;@U123|anna&gt;) names a user id, a Teams
/// mention (&lt;at&gt;Anna Berg&lt;/at&gt;) a display name, and typed text an email, a user id or a display name.
/// </summary>
public static partial class ColleagueName
{
    /// <summary>The id, email or name to look up, without the channel's markup; empty when nothing is left.</summary>
    public static string Clean(string named)
    {
        var text = named.Trim();
        if (SlackMention().Match(text) is { Success: true } slack) return slack.Groups["id"].Value;
        if (TeamsMention().Match(text) is { Success: true } teams) return teams.Groups["name"].Value.Trim();
        if (MailTo().Match(text) is { Success: true } mail) return mail.Groups["email"].Value;
        return text.Trim('"', '\'', '“', '”', '„').TrimStart('@').Trim();
    }

    /// <summary>The channel id when a whole channel was named ("everyone in &lt;#C123|sales&gt;", a Slack channel mention), else null.</summary>
    public static string? ChannelId(string named) => ChannelMention().Match(named.Trim()) is { Success: true } m ? m.Groups["id"].Value : null;

    [GeneratedRegex(@"<#(?<id>[A-Z0-9]+)(\|[^>]*)?>")]
    private static partial Regex ChannelMention();

    [GeneratedRegex(@"^<@(?<id>[A-Z0-9]+)(\|[^>]*)?>$")]
    private static partial Regex SlackMention();

    [GeneratedRegex(@"^<at>(?<name>[^<]+)</at>$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamsMention();

    [GeneratedRegex(@"^<mailto:(?<email>[^|>]+)(\|[^>]*)?>$")]
    private static partial Regex MailTo();
}
