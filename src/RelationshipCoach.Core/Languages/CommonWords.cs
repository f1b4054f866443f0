namespace RelationshipCoach.Core.Languages;

/// <summary>
/// The short, frequent words of each language (articles, pronouns, prepositions, chat fillers) and the words people
/// type to the bot. They identify a language even in a two-word message, and say nothing about a situation's idea.
/// </summary>
public static class CommonWords
{
    public static readonly IReadOnlyDictionary<Language, IReadOnlySet<string>> ByLanguage = new Dictionary<Language, IReadOnlySet<string>>
    {
        [Language.En] = Set("the a an and or but of to in on at for with from by about as is are was were be been am do does did have has had i me my we us our you your they them their he she his her it its this that these those what who how why when where which there here can could will would should just also still again now so if than then too very some any all one help show my open items settings meeting hi hello thanks please yes"),
        [Language.De] = Set("der die das den dem des ein eine einen einem einer und oder aber von zu im in an auf fur mit aus bei nach uber vor wegen ist sind war waren sein bin hat haben hatte ich mir mich mein meine meinen wir uns unser unsere du dein sie ihr ihre ihren er es sich dass was wer wie warum wann wo welche hier da kann konnen wird werden soll sollte noch auch schon jetzt so wenn als dann sehr nur mal doch ja nein hilfe zeig offenen offene punkte einstellungen termin danke bitte hallo"),
        [Language.Es] = Set("el la los las un una unos unas y o pero de del a al en con por para sobre sin es son era fue ser estar esta estan he ha han hay yo me mi mis nosotros nos nuestro nuestra nuestros tu su sus ellos ellas le les lo que quien como por que cuando donde cual aqui puede pueden va vamos debo deberia tambien todavia ya ahora asi si muy solo siempre ayuda muestra pendientes ajustes llamada reunion gracias hola favor"),
        [Language.Id] = Set("yang dan atau tapi tetapi dari ke di pada untuk dengan tentang oleh sebagai adalah ini itu ada sudah udah belum akan bisa harus mau saya aku kami kita kamu anda mereka dia nya apa siapa gimana bagaimana kenapa mengapa kapan mana sini juga masih lagi sekarang jadi kalau kalo sangat cuma hanya saja sih dong ya gak nggak tidak tak bantuan tolong tampilkan item terbuka pengaturan telepon rapat terima kasih halo"),
    };

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
