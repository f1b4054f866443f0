namespace RelationshipCoach.Bench.Load.Traffic;

/// <summary>What the simulated reps write: client situations in the coach's four languages, and calls to log.</summary>
public static class Phrases
{
    public static readonly string[] Situations =
    [
        "The client wants us to pay for the whole pilot while they put in nothing",
        "Our champion left the company and the new manager does not answer my emails",
        "The customer says we promised a feature in the call last week that nobody wrote down",
        "Der Einkauf stellt uns ein Ultimatum: 15 % Rabatt bis Freitag oder wir sind raus",
        "Der Kunde beschwert sich, dass wir seine Anfragen erst nach Tagen beantworten",
        "Nach dem Termin erinnert sich der Kunde an andere Absprachen als wir",
        "El cliente dice que nuestros correos parecen plantillas y que nadie lo escucha de verdad",
        "El cliente quiere un descuento enorme pero no se compromete a nada a cambio",
        "El nuevo director no conoce nuestro trabajo y duda de renovar el contrato",
        "Setelah telepon kemarin klien ingat kesepakatannya berbeda dengan kami, tidak ada catatan tertulis",
        "Klien merasa kami tidak pernah mendengarkan kebutuhan mereka yang sebenarnya",
        "Klien meminta proyek percontohan gratis tanpa komitmen apa pun dari pihak mereka",
    ];

    public static readonly string[] Calls =
    [
        "call Acme about the Q3 renewal",
        "call Globex pricing",
        "Anruf Müller GmbH wegen Lieferverzug",
        "llamada: Grupo Sol precio",
    ];

    /// <summary>Asked by slash command where a button cannot be clicked: the same list the open-items button shows.</summary>
    public const string OpenItems = "my open items";

    public static string Situation(long n) => Situations[(int)(Mix.Scramble(n + 31) % (ulong)Situations.Length)];

    public static string Call(long n) => Calls[(int)(Mix.Scramble(n + 57) % (ulong)Calls.Length)];
}
