using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class Lexicon
{
    /// <summary>German time vocabulary.</summary>
    public static readonly Lexicon De = BuildDe();

    private static Lexicon BuildDe()
    {
        var l = new Lexicon(Language.De);
        l.AddWeekdays("montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag");
        l.AddWeekdays("montags dienstags mittwochs donnerstags freitags samstags sonntags", W.WeekdayPlural, typos: false);
        l.AddMonths("januar|jan|janner februar|feb|feber marz|maerz|mar april|apr mai juni|jun juli|jul august|aug september|sep|sept oktober|okt november|nov dezember|dez");
        l.AddNumbers("eins zwei|zwo drei vier funf sechs sieben acht neun zehn elf zwolf", 1);
        l.Add("ein eine einer einem einen", W.Num, 1, weak: true);
        l.Add("ein_paar paar", W.Num, 2, weak: true);
        l.Add("funfzehn", W.Num, 15);
        l.Add("zwanzig", W.Num, 20);
        l.Add("dreissig", W.Num, 30);
        l.Add("neunzig", W.Num, 90);

        l.Add("heute", W.RelDay, 0);
        l.Add("morgen", W.RelDay, 1);
        l.Add("ubermorgen uebermorgen", W.RelDay, 2, typos: true);
        l.Add("heute_morgen heute_fruh diesen_morgen heute_vormittag", W.RelDay, 0);
        l.Add("heute_morgen heute_fruh diesen_morgen heute_vormittag", W.Pod, (int)PartOfDay.Morning);
        l.Add("morgen_fruh morgen_vormittag", W.RelDay, 1);
        l.Add("morgen_fruh morgen_vormittag", W.Pod, (int)PartOfDay.Morning);
        l.Add("morgen_morgen", W.RelDay, 1);
        l.Add("morgen_morgen", W.Pod, (int)PartOfDay.Morning);
        l.Add("heute_nacht heute_abend", W.RelDay, 0);
        l.Add("heute_nacht", W.Pod, (int)PartOfDay.Night);
        l.Add("heute_abend", W.Pod, (int)PartOfDay.Evening);

        l.Add("morgens vormittags am_morgen am_vormittag in_der_fruh fruhmorgens", W.Pod, (int)PartOfDay.Morning);
        l.Add("fruh vormittag", W.Pod, (int)PartOfDay.Morning, weak: true);
        l.Add("nachmittags am_nachmittag", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("nachmittag", W.Pod, (int)PartOfDay.Afternoon, weak: true);
        l.Add("abends am_abend", W.Pod, (int)PartOfDay.Evening);
        l.Add("abend", W.Pod, (int)PartOfDay.Evening, weak: true);
        l.Add("nachts in_der_nacht", W.Pod, (int)PartOfDay.Night);
        l.Add("nacht", W.Pod, (int)PartOfDay.Night, weak: true);
        l.Add("mittags am_mittag zu_mittag", W.Noon);
        l.Add("mittag", W.Noon, weak: true);
        l.Add("mitternacht", W.Midnight);

        l.Add("nachste nachsten nachster nachstes naechste naechsten kommende kommenden kommender kommendes", W.Next);
        l.Add("diese diesen dieser dieses", W.This);
        l.Add("jeden jede jedes jeder alle", W.Every);
        l.Add("jeden_morgen", W.Every);
        l.Add("jeden_morgen", W.Pod, (int)PartOfDay.Morning);
        l.Add("zweite zweiten", W.Other, 2);
        l.Add("dritte dritten", W.Other, 3);
        l.Add("taglich", W.Daily);
        l.Add("wochentlich", W.Weekly);
        l.Add("monatlich", W.Monthly);
        l.Add("zweiwochentlich vierzehntaglich", W.Fortnightly);
        l.Add("werktag arbeitstag wochentag", W.Workdays);
        l.Add("werktags wochentags an_werktagen an_wochentagen an_arbeitstagen unter_der_woche", W.WorkdaysAdverb);
        l.Add("wochenende am_wochenende dieses_wochenende", W.Weekend);

        l.Add("minute minuten min", W.Unit, (int)Unit.Minute);
        l.Add("stunde stunden std h", W.Unit, (int)Unit.Hour);
        l.Add("tag tage tagen", W.Unit, (int)Unit.Day);
        l.Add("woche wochen", W.Unit, (int)Unit.Week);
        l.Add("monat monate monaten", W.Unit, (int)Unit.Month);

        l.Add("um gegen ab so_um", W.At);
        l.Add("am den zum", W.On);
        l.Add("in innerhalb_von binnen", W.In);
        l.Add("spater ab_jetzt", W.Later);
        l.Add("halb", W.HalfBefore);
        l.Add("dreiviertel", W.ThreeQuarters);
        l.Add("viertel_nach", W.QuarterPast);
        l.Add("viertel_vor", W.QuarterTo);
        l.Add("nach", W.Past);
        l.Add("vor", W.To);
        l.Add("halben halbe", W.Half, 50);
        l.Add("anderthalb eineinhalb", W.Half, 150);
        l.Add("viertel", W.Quarter);
        l.Add("uhr h", W.Oclock);
        l.Add("feierabend tagesende ende_des_tages zum_tagesende ende_des_arbeitstages dienstschluss arbeitsende geschaftsschluss", W.Eod);
        l.Add("nachste_woche nachsten_woche nachster_woche naechste_woche kommende_woche kommenden_woche", W.NextWeek);
        l.Add("nachsten_monat nachster_monat nachste_monat kommenden_monat", W.NextMonth);
        l.Add("und", W.And);
        l.Add("bis", W.Range);
        l.Add("von", W.From);
        l.Add("guten_morgen guten_tag guten_abend gute_nacht schonen_abend montage", W.Ignore);
        return l;
    }
}
