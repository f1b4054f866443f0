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
    private static readonly (PhaseHealth Health, string[] Phrases)[] Healths = Padded(
    [
        (PhaseHealth.OffTrack, ["off track", "off-track", "behind schedule", "aus dem ruder", "im verzug", "neben der spur", "nicht im plan", "desviado", "fuera de plan", "retrasado", "melenceng", "tidak sesuai rencana", "keluar jalur", "terlambat"]),
        (PhaseHealth.AtRisk, ["at risk", "at-risk", "gefahrdet", "in gefahr", "en riesgo", "berisiko", "beresiko"]),
        (PhaseHealth.OnTrack, ["on track", "on-track", "on schedule", "auf kurs", "im plan", "im zeitplan", "va bien", "en plazo", "segun lo previsto", "sesuai rencana", "sesuai jadwal", "lancar"]),
    ]);

    private static readonly string[] NotUpdated = Padded(
        ["client not updated", "not updated the client", "haven't updated the client", "kunde nicht informiert", "kunden nicht informiert", "cliente no informado", "no informe al cliente", "klien belum"]);

    private static readonly string[] Updated = Padded(
        ["client updated", "client informed", "updated the client", "informed the client", "kunde informiert", "kunden informiert", "cliente informado", "informe al cliente", "klien sudah", "klien diupdate", "klien diberi kabar"]);

    public static CheckInAnswer? Read(string text)
    {
        if (text.Length > MaxLength) return null;
        var folded = Pad(text);
        var health = Healths.Where(h => h.Phrases.Any(p => folded.Contains(p, StringComparison.Ordinal))).Select(h => (PhaseHealth?)h.Health).FirstOrDefault();
        if (health is null) return null;
        bool? clientUpdated = NotUpdated.Any(p => folded.Contains(p, StringComparison.Ordinal)) ? false
            : Updated.Any(p => folded.Contains(p, StringComparison.Ordinal)) ? true : null;
        return new CheckInAnswer(health, clientUpdated, text.Trim(), null);
    }

    /// <summary>Folded words between single spaces, with a space at each end, so phrases match whole words only.</summary>
    private static string Pad(string text) => " " + string.Join(' ', TextFolding.Words(text.Replace('\'', ' '))) + " ";

    private static string[] Padded(string[] phrases) => phrases.Select(Pad).ToArray();

    private static (PhaseHealth, string[])[] Padded((PhaseHealth Health, string[] Phrases)[] healths) =>
        healths.Select(h => (h.Health, Padded(h.Phrases))).ToArray();
}
