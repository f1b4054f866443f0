using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Guidance;

/// <summary>Spots whether a rep talks about a call or a project, in any of the four languages.</summary>
/// <remarks>
/// The word lists are not split by language because reps mix them: Indonesian reps write "meeting" and "call",
/// German reps write "Meeting". Stems match inside words to catch German compounds such as "Kundentelefonat".
/// </remarks>
public static class Mentions
{
    private static readonly HashSet<string> CallWords =
    [
        "call", "calls", "called", "calling", "phone", "phoned", "meeting", "meetings", "zoom",
        "telefoniert", "telefonieren", "angerufen", "anrufen",
        "llame", "llamo", "llamar", "llamamos", "junta",
        "telepon", "telpon", "menelepon", "nelpon", "ditelepon", "ditelpon", "teleponan", "telponan",
        "rapat", "pertemuan", "ketemu", "bertemu", "vicon",
    ];

    private static readonly string[] CallStems = ["telefonat", "anruf", "besprechung", "gesprach", "llamada", "reunion", "videocall"];

    private static readonly HashSet<string> ProjectWords =
    [
        "project", "projects", "milestone", "milestones", "rollout", "implementation", "kickoff", "pilot",
        "einfuhrung", "proyecto", "proyectos", "fase", "fases", "hito", "hitos", "implementacion", "piloto",
        "proyek", "projek", "tahap", "tahapan", "implementasi",
    ];

    private static readonly string[] ProjectStems = ["projekt", "phase", "meilenstein"];

    public static bool Call(string text) => Any(text, CallWords, CallStems);

    public static bool Project(string text) => Any(text, ProjectWords, ProjectStems);

    private static bool Any(string text, HashSet<string> words, string[] stems) =>
        TextFolding.Words(text).Any(w => words.Contains(w) || stems.Any(w.Contains));
}
