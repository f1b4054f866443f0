using System.Text.RegularExpressions;
using RelationshipCoach.Core.Conversation;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// Splits the one-line way to start an engagement into client, name and phases: "new engagement Acme rollout: discovery
/// until Dec 15, pilot until Jan 31", "neues Projekt Müller Rollout: Analyse bis 15.12.", "nuevo proyecto Grupo Sol
/// implementación: …", "proyek baru PT Maju Jaya implementasi: …". The last word before the colon is the name, the
/// rest the client, unless the rep separates them ("Acme - Q3 rollout") or says "rollout for Acme".
/// </summary>
public static partial class EngagementOneLiner
{
    public const string Command = "engagement-new";

    /// <summary>What the text says, or null when it does not start with the command's words.</summary>
    public static EngagementDraft? Read(string text)
    {
        var rest = CommandWords.Match(Command, text);
        if (rest is null) return null;
        var colon = rest.IndexOf(':');
        var head = (colon < 0 ? rest : rest[..colon]).Trim();
        var phases = colon < 0 ? null : rest[(colon + 1)..].Trim();
        var (client, name) = ClientAndName(head);
        return new EngagementDraft { Client = client, Name = name, Phases = string.IsNullOrEmpty(phases) ? null : phases };
    }

    private static (string? Client, string? Name) ClientAndName(string head)
    {
        if (head.Length == 0) return (null, null);
        var separated = Separator().Split(head, 2);
        if (separated.Length == 2) return (separated[0].Trim(), separated[1].Trim());
        var forClient = ForClient().Match(head);
        if (forClient.Success) return (forClient.Groups["client"].Value.Trim(), forClient.Groups["name"].Value.Trim());
        var lastSpace = head.LastIndexOf(' ');
        return lastSpace < 0 ? (head, head) : (head[..lastSpace].Trim(), head[(lastSpace + 1)..].Trim());
    }

    [GeneratedRegex(@"\s+[-–—/|]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<name>.+?)\s+(?:for|für|fuer|para|untuk)\s+(?<client>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForClient();
}
