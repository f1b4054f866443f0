using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Bench.Time;

/// <summary>Chat-length messages in the four languages, about half of them without any time in them.</summary>
internal static class BenchTexts
{
    private static readonly (Language Language, string Text)[] Samples =
    [
        (Language.En, "remind me to call Acme tomorrow at 3pm about the renewal"),
        (Language.En, "can you check whether the 3 options we discussed still make sense for Globex?"),
        (Language.En, "every Monday at 9 send the weekly pipeline summary to the team"),
        (Language.En, "follow up with Jane in 2 hours about the contract draft"),
        (Language.En, "I had a call with Initech this morning at 10, they want a discount"),
        (Language.En, "Lunch with the procurement lead next Thursday, need to prepare numbers"),
        (Language.De, "Erinnere mich morgen um 15 Uhr an den Anruf bei der Müller GmbH"),
        (Language.De, "Müller GmbH hat Lieferverzug gemeldet, bitte Kunden informieren"),
        (Language.De, "jeden Freitag um 16 Uhr Bericht an die Geschäftsführung schicken"),
        (Language.De, "Termin mit Frau Schmidt am 3. Dezember wegen der Verlängerung"),
        (Language.De, "Guten Morgen, wie war das Gespräch mit dem Einkauf gestern?"),
        (Language.Es, "recuérdame llamar a Pedro mañana a las 10 de la mañana"),
        (Language.Es, "el cliente pide una rebaja del precio para el próximo contrato"),
        (Language.Es, "todos los viernes a las 10 revisar el estado de las cuentas"),
        (Language.Es, "reunión con Telefónica el 3 de diciembre para cerrar el acuerdo"),
        (Language.Es, "dentro de 2 horas enviar la propuesta revisada al equipo"),
        (Language.Id, "ingatkan saya telepon Pak Budi besok jam 3 sore soal kontrak"),
        (Language.Id, "PT Maju Jaya soal kontrak perpanjangan belum ada kabar"),
        (Language.Id, "setiap hari Kamis jam 8 kirim laporan mingguan ke tim"),
        (Language.Id, "rapat dengan klien tanggal 3 Desember di kantor mereka"),
    ];

    public static readonly string[] All = Samples.Select(s => s.Text).ToArray();
    public static readonly Language?[] Languages = Samples.Select(s => (Language?)s.Language).ToArray();
}
