using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class Lexicon
{
    /// <summary>Indonesian time vocabulary.</summary>
    public static readonly Lexicon Id = BuildId();

    private static Lexicon BuildId()
    {
        var l = new Lexicon(Language.Id);
        l.AddWeekdays("senin selasa rabu kamis jumat sabtu ahad");
        l.Add("minggu", W.Weekday, 7, weak: true);
        l.AddMonths("januari|jan februari|feb|pebruari maret|mar april|apr mei juni|jun juli|jul agustus|agu|agt|ags september|sep|sept oktober|okt november|nov|nop desember|des");
        l.AddNumbers("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua_belas", 1);
        l.Add("lima_belas", W.Num, 15);
        l.Add("dua_puluh", W.Num, 20);
        l.Add("tiga_puluh", W.Num, 30);
        l.Add("empat_puluh_lima", W.Num, 45);
        l.Add("sejam sehari seminggu sepekan sebulan semenit", W.Num, 1);
        l.Add("semenit", W.Unit, (int)Unit.Minute);
        l.Add("sejam", W.Unit, (int)Unit.Hour);
        l.Add("sehari", W.Unit, (int)Unit.Day);
        l.Add("seminggu sepekan", W.Unit, (int)Unit.Week);
        l.Add("sebulan", W.Unit, (int)Unit.Month);

        l.Add("hari_ini", W.RelDay, 0);
        l.Add("besok esok besuk bsk", W.RelDay, 1);
        l.Add("lusa besok_lusa", W.RelDay, 2);
        l.Add("tadi_pagi pagi_ini", W.RelDay, 0);
        l.Add("tadi_pagi pagi_ini", W.Pod, (int)PartOfDay.Morning);
        l.Add("nanti_siang siang_ini tadi_siang", W.RelDay, 0);
        l.Add("nanti_siang siang_ini tadi_siang", W.Pod, (int)PartOfDay.Midday);
        l.Add("nanti_sore sore_ini", W.RelDay, 0);
        l.Add("nanti_sore sore_ini", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("nanti_malam malam_ini", W.RelDay, 0);
        l.Add("nanti_malam malam_ini", W.Pod, (int)PartOfDay.Night);

        l.Add("pagi", W.Pod, (int)PartOfDay.Morning);
        l.Add("siang", W.Pod, (int)PartOfDay.Midday);
        l.Add("sore", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("malam", W.Pod, (int)PartOfDay.Night);
        l.Add("tengah_hari", W.Noon);
        l.Add("tengah_malam", W.Midnight);

        l.Add("depan berikutnya mendatang yang_akan_datang", W.NextPost);
        l.Add("ini", W.This);
        l.Add("setiap tiap saban tiap_tiap", W.Every);
        l.Add("harian", W.Daily);
        l.Add("mingguan", W.Weekly);
        l.Add("bulanan", W.Monthly);
        l.Add("hari_kerja", W.Workdays);
        l.Add("akhir_pekan akhir_minggu weekend", W.Weekend);

        l.Add("menit", W.Unit, (int)Unit.Minute);
        l.Add("jam", W.Unit, (int)Unit.Hour);
        l.Add("hari", W.Unit, (int)Unit.Day);
        l.Add("hari", W.DayWord);
        l.Add("minggu pekan", W.Unit, (int)Unit.Week);
        l.Add("bulan", W.Unit, (int)Unit.Month);

        l.Add("jam pukul pk sekitar_jam sekitar_pukul", W.At);
        l.Add("pada tanggal tgl pada_tanggal pada_hari", W.On);
        l.Add("dalam dalam_waktu", W.In);
        l.Add("lagi dari_sekarang kemudian", W.Later);
        l.Add("setengah", W.HalfBefore);
        l.Add("setengah", W.Half, 50);
        l.Add("lewat lebih", W.Past);
        l.Add("kurang", W.To);
        l.Add("seperempat", W.Quarter);
        l.Add("tepat", W.Oclock);
        l.Add("wib wita wit", W.ZoneSuffix);
        l.Add("akhir_hari akhir_hari_ini penghujung_hari pulang_kantor jam_pulang jam_pulang_kantor", W.Eod);
        l.Add("minggu_depan pekan_depan minggu_berikutnya pekan_berikutnya minggu_yang_akan_datang", W.NextWeek);
        l.Add("bulan_depan", W.NextMonth);
        l.Add("dan serta", W.And);
        l.Add("sekali", W.Once);
        l.Add("sampai hingga", W.Range);
        l.Add("dari", W.From);
        l.Add("selamat_pagi selamat_siang selamat_sore selamat_malam selama", W.Ignore);
        return l;
    }
}
