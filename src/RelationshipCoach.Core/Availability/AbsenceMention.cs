using System.Text.RegularExpressions;

namespace RelationshipCoach.Core.Availability;

/// <summary>
/// Recognises a person saying they will be away: "I'm off until Dec 2", "Urlaub bis 2.12.", "estoy de vacaciones hasta
/// el lunes", "cuti sampai tanggal 2". The date itself is read by the time recognizer.
/// </summary>
public static partial class AbsenceMention
{
    public static bool Matches(string text) => Pattern().IsMatch(text);

    // First person anywhere ("I'm off", "ich bin … im Urlaub", "estoy de vacaciones", "saya cuti"), or a bare
    // "Urlaub bis …" / "cuti sampai …" at the start; "the client is on vacation" is someone else's absence.
    [GeneratedRegex(
        @"^\s*(?:ooo|out\s+of\s+(?:the\s+)?office|off|urlaub|abwesend|frei|vacaciones|fuera\s+de\s+la\s+oficina|cuti|libur|izin)\b"
        + @"|\b(?:i'?m|i\s+am|i'll\s+be|ill\s+be)\s+(?:off|away|out\s+of\s+(?:the\s+)?office|ooo|on\s+(?:vacation|holiday|leave|pto))\b"
        + @"|\b(?:ich\s+bin|ich\s+habe|bin|hab|habe)\s+(?:.{0,30}\s)?(?:im\s+urlaub|urlaub|abwesend|weg|nicht\s+da|krankgeschrieben|frei)\b"
        + @"|\b(?:estoy|estar[eé]|voy\s+a\s+estar)\s+(?:de\s+vacaciones|fuera\s+de\s+la\s+oficina|ausente|de\s+baja|de\s+licencia)\b"
        + @"|\b(?:saya|aku)\s+(?:sedang\s+|akan\s+)?(?:cuti|libur|tidak\s+masuk|izin|di\s+luar\s+kantor)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
