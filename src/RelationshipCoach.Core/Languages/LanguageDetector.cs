namespace RelationshipCoach.Core.Languages;

/// <summary>Guesses which of the four languages a chat message is written in.</summary>
public static class LanguageDetector
{
    private static readonly Dictionary<Language, HashSet<string>> CommonWords = new()
    {
        [Language.En] = ["the", "and", "is", "a", "to", "with", "about", "my", "i", "what", "help", "call", "you", "of", "me", "it", "we", "they", "our", "show", "items", "open"],
        [Language.De] = ["der", "die", "das", "und", "ist", "mit", "ich", "wir", "nicht", "ein", "eine", "zu", "hilfe", "meine", "mein", "wegen", "sie", "den", "dem", "auf", "offene", "einstellungen"],
        [Language.Es] = ["el", "la", "los", "las", "y", "es", "con", "de", "que", "un", "una", "mis", "mi", "ayuda", "sobre", "por", "para", "nos", "pendientes", "llamada", "configuracion"],
        [Language.Id] = ["yang", "dan", "dengan", "saya", "kami", "tidak", "ini", "itu", "untuk", "dari", "ke", "bantuan", "soal", "tentang", "sudah", "baru", "belum", "apa", "pengaturan", "telepon"],
    };

    /// <summary>The most likely language, or null when the text gives no clue.</summary>
    public static Language? Detect(string text)
    {
        var words = TextFolding.Words(text);
        Language? best = null;
        var bestScore = 0;
        foreach (var (language, common) in CommonWords)
        {
            var score = words.Count(common.Contains);
            if (score > bestScore) (best, bestScore) = (language, score);
        }
        return best;
    }
}
