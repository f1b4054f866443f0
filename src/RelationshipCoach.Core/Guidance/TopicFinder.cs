using System.Text.RegularExpressions;
using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Finds what a call was about ("a call with Acme about the renewal" → "the renewal"), when the rep says so.</summary>
/// <remarks>Only an "about" that follows a call word counts: "we are about to upsell" names no topic.</remarks>
public static partial class TopicFinder
{
    /// <summary>A topic longer than this is a sentence, not a topic, and would not fit a form field.</summary>
    private const int MaximumWords = 6;

    public static string? Find(string text, Language language)
    {
        var match = Pattern(language).Match(text);
        if (!match.Success) return null;
        var words = match.Groups["topic"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(MaximumWords));
    }

    private static Regex Pattern(Language language) => language switch
    {
        Language.De => German(),
        Language.Es => Spanish(),
        Language.Id => Indonesian(),
        _ => English(),
    };

    private const string Rest = @"\w*[^.!?\n]*?\b";
    private const string Topic = @"\s+(?<topic>[^.!?\n,;:()]{3,80})";

    [GeneratedRegex(@"\b(?:call|phone|meeting)" + Rest + "(?:about|regarding)" + Topic, RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"(?:telefonat|anruf|gespräch|besprechung|meeting)" + Rest + "(?:über|wegen|zum Thema|bezüglich)" + Topic, RegexOptions.IgnoreCase)]
    private static partial Regex German();

    [GeneratedRegex(@"\b(?:llamada|llamé|reunión|reunion|junta)" + Rest + "(?:sobre|acerca de|respecto a|respecto de|por el tema de)" + Topic, RegexOptions.IgnoreCase)]
    private static partial Regex Spanish();

    [GeneratedRegex(@"\b(?:telepon|telpon|nelpon|rapat|meeting|call|pertemuan)" + Rest + "(?:tentang|soal|mengenai|terkait|membahas|bahas)" + Topic, RegexOptions.IgnoreCase)]
    private static partial Regex Indonesian();
}
