using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Engagements;

/// <summary>
/// Reads a check-in answer in plain words: "Acme is on track, client updated", "Müller ist gefährdet",
/// "Grupo Sol va en riesgo", "PT Maju Jaya sesuai rencana, klien sudah diberi kabar".
/// </summary>
public static class CheckInWords
{
    /// <summary>Longer messages describe a situation for guidance rather than answer a check-in.</summary>
    public const int MaxLength = 160;

    // Off track first: "tidak sesuai rencana" contains the on-track phrase.
    private static readonly (PhaseHealth Health, string[] Phrases)[] Healths =
    [
        (PhaseHealth.OffTrack, ["off track", "off-track", "behind schedule", "aus dem ruder", "im verzug", "neben der spur", "nicht im plan", "desviado", "fuera de plan", "retrasado", "melenceng", "tidak sesuai rencana", "keluar jalur", "terlambat"]),
        (PhaseHealth.AtRisk, ["at risk", "at-risk", "gefahrdet", "in gefahr", "en riesgo", "berisiko", "beresiko"]),
        (PhaseHealth.OnTrack, ["on track", "on-track", "on schedule", "auf kurs", "im plan", "im zeitplan", "va bien", "en plazo", "segun lo previsto", "sesuai rencana", "sesuai jadwal", "lancar"]),
    ];

    private static readonly string[] NotUpdated =
        ["client not updated", "not updated the client", "haven't updated the client", "kunde nicht informiert", "kunden nicht informiert", "cliente no informado", "no informe al cliente", "klien belum"];

    private static readonly string[] Updated =
        ["client updated", "client informed", "updated the client", "informed the client", "kunde informiert", "kunden informiert", "cliente informado", "informe al cliente", "klien sudah", "klien diupdate", "klien diberi kabar"];

    public static CheckInAnswer? Read(string text)
    {
        if (text.Length > MaxLength) return null;
        var folded = " " + string.Join(' ', TextFolding.Words(text.Replace('\'', ' '))) + " ";
        var health = Healths.Where(h => h.Phrases.Any(p => Contains(folded, p))).Select(h => (PhaseHealth?)h.Health).FirstOrDefault();
        if (health is null) return null;
        bool? clientUpdated = NotUpdated.Any(p => Contains(folded, p)) ? false : Updated.Any(p => Contains(folded, p)) ? true : null;
        return new CheckInAnswer(health, clientUpdated, text.Trim(), null);
    }

    private static bool Contains(string folded, string phrase) =>
        folded.Contains(" " + string.Join(' ', TextFolding.Words(phrase.Replace('\'', ' '))) + " ", StringComparison.Ordinal);
}
