using System.Text.RegularExpressions;

namespace RelationshipCoach.Core.Calls;

/// <summary>
/// Recognises a rep saying in plain words that a call happened, with whom and about what:
/// "just got off a call with Acme about the Q3 renewal", "Telefonat mit Müller GmbH wegen Lieferverzug gerade beendet",
/// "acabo de hablar con Grupo Sol sobre el precio", "baru selesai telepon dengan PT Maju Jaya soal kontrak".
/// </summary>
public static partial class CallMention
{
    /// <summary>The client and topic as written, or null when the text does not report a call.</summary>
    public static (string Client, string Topic)? Find(string text)
    {
        foreach (var pattern in Patterns)
        {
            var match = pattern.Match(text);
            if (!match.Success) continue;
            var client = WithoutArticle(Tidy(match.Groups["client"].Value));
            if (client.Length == 0 || client.Length > CallSubject.MaxClientLength) continue;
            return (client, Tidy(match.Groups["topic"].Value));
        }
        return null;
    }

    private static string Tidy(string s) => s.Trim().TrimEnd('.', '!', ',', ';').Trim();

    /// <summary>"mit der Bäckerei Schmidt", "con el Banco Andino": the article belongs to the sentence, not the client's name.</summary>
    private static string WithoutArticle(string client)
    {
        var space = client.IndexOf(' ');
        return space > 0 && Articles.Contains(client[..space].ToLowerInvariant()) ? client[(space + 1)..] : client;
    }

    private static readonly HashSet<string> Articles = ["the", "der", "die", "das", "dem", "den", "el", "la", "los", "las"];

    private static readonly Regex[] Patterns = [English(), EnglishSpoke(), German(), GermanSpoke(), Spanish(), Indonesian()];

    private const string Client = @"(?<client>[^,.;!?]+?)";
    private const string EnTopic = @"(?:\s+(?:about|regarding|re|on|to discuss)\s+(?<topic>[^.;!?]+?))?";

    [GeneratedRegex(@"\b(?:just\s+)?(?:got\s+off|finished|had|wrapped\s+up|ended|did|came\s+out\s+of)\s+(?:a|an|the|my|our)?\s*(?:quick\s+|short\s+|long\s+)?(?:phone\s+call|video\s+call|call|meeting|conversation|chat)\s+with\s+" + Client + EnTopic + @"\s*(?:[.!]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(?:just\s+)?(?:spoke|talked|met|called)\s+(?:with\s+|to\s+)?" + Client + EnTopic + @"\s*(?:[.!]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSpoke();

    [GeneratedRegex(@"\b(?:Telefonat|Anruf|Gespr[äa]ch|Telefonkonferenz|Meeting|Call|Termin|Videocall)\s+mit\s+" + Client + @"(?:\s+(?:wegen|zu|zum|zur|über|ueber|bezüglich|betreffend)\s+(?<topic>[^.;!?]+?))?\s+(?:(?:gerade|eben|soeben|heute)\s+)?(?:beendet|gehabt|geführt|vorbei|erledigt|zu\s+Ende)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex German();

    [GeneratedRegex(@"\b(?:habe|hatte|hab)\s+(?:gerade\s+|eben\s+|soeben\s+)?mit\s+" + Client + @"(?:\s+(?:wegen|zu|über|ueber|bezüglich)\s+(?<topic>[^.;!?]+?))?\s+(?:telefoniert|gesprochen|ein\s+Meeting\s+gehabt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanSpoke();

    [GeneratedRegex(@"\b(?:acabo\s+de|acabamos\s+de|he|hemos|terminé\s+de|termine\s+de)\s+(?:hablar|hablado|tener\s+una\s+(?:llamada|reunión|reunion)|tenido\s+una\s+(?:llamada|reunión|reunion)|llamar|reunirme|reunirnos)\s+(?:con|a)\s+" + Client + @"(?:\s+(?:sobre|acerca\s+de|por|respecto\s+a|para\s+hablar\s+de)\s+(?<topic>[^.;!?]+?))?\s*(?:[.!]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();

    [GeneratedRegex(@"\b(?:baru\s+(?:saja\s+)?)?(?:selesai|sudah|habis)\s+(?:telepon|teleponan|menelepon|telpon|rapat|meeting|bicara|ngobrol|berbicara|diskusi)\s+(?:dengan|sama|bersama)\s+" + Client + @"(?:\s+(?:soal|tentang|mengenai|terkait|perihal|untuk\s+membahas)\s+(?<topic>[^.;!?]+?))?\s*(?:[.!]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Indonesian();
}
