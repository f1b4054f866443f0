using System.Text.RegularExpressions;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// Recognises a rep saying in plain words that they sent a call's confirmation, and to whom:
/// "sent the recap to Acme", "Bestätigung an Müller geschickt", "envié la confirmación a Grupo Sol", "sudah kirim konfirmasi ke PT Maju Jaya".
/// </summary>
public static partial class ConfirmationMention
{
    public static string? FindClient(string text)
    {
        foreach (var pattern in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success) return match.Groups["client"].Value.Trim().TrimEnd('.', '!', ',');
        }
        return null;
    }

    private static readonly Regex[] Patterns = [English(), German(), Spanish(), Indonesian()];

    private const string Document = @"(?:the\s+|a\s+|my\s+|our\s+)?(?:written\s+)?(?:recap|confirmation|summary|follow[- ]?up(?:\s+email)?|minutes|email|notes)";

    [GeneratedRegex(@"\b(?:i\s+)?(?:just\s+|already\s+)?(?:sent|emailed|mailed|wrote)\s+" + Document + @"\s+(?:to|for)\s+(?<client>[^,.;!?]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:Bestätigung|Bestaetigung|Zusammenfassung|Protokoll|Recap|Mail|E-Mail)\s+(?:an|für|fuer)\s+(?<client>[^,.;!?]+?)\s+(?:gerade\s+|eben\s+|schon\s+)?(?:geschickt|geschrieben|verschickt|gesendet|raus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex German();

    [GeneratedRegex(@"\b(?:ya\s+)?(?:envié|envie|mandé|mande|escribí|escribi)\s+(?:la|el)\s+(?:confirmación|confirmacion|resumen|correo|acta|minuta)\s+(?:a|para)\s+(?<client>[^,.;!?]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();

    [GeneratedRegex(@"\b(?:sudah|udah|telah|baru)\s+(?:kirim|mengirim|mengirimkan|kirimkan)\s+(?:konfirmasi|ringkasan|rangkuman|notulen|email|surel)(?:\s+tertulis)?\s+(?:ke|kepada|untuk)\s+(?<client>[^,.;!?]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Indonesian();
}
