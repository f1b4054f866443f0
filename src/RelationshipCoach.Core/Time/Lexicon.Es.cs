using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class Lexicon
{
    /// <summary>Spanish time vocabulary.</summary>
    public static readonly Lexicon Es = BuildEs();

    private static Lexicon BuildEs()
    {
        var l = new Lexicon(Language.Es);
        l.AddWeekdays("lunes martes miercoles jueves viernes sabado domingo");
        // "mar" is left out: it is also the sea and March.
        foreach (var (abbreviation, day) in new[] { ("lun", 1), ("mie", 3), ("jue", 4), ("vie", 5), ("sab", 6), ("dom", 7) })
            l.Add(abbreviation, W.Weekday, day, weak: true);
        l.Add("sabados", W.WeekdayPlural, 6);
        l.Add("domingos", W.WeekdayPlural, 7);
        l.AddMonths("enero|ene febrero|feb marzo|mar abril|abr mayo|may junio|jun julio|jul agosto|ago septiembre|setiembre|sep|sept octubre|oct noviembre|nov diciembre|dic");
        l.AddNumbers("una|uno dos tres cuatro cinco seis siete ocho nueve diez once doce", 1);
        l.Add("un", W.Num, 1, weak: true);
        l.Add("un_par_de par_de", W.Num, 2);
        l.Add("quince", W.Num, 15);
        l.Add("veinte", W.Num, 20);
        l.Add("treinta", W.Num, 30);
        l.Add("noventa", W.Num, 90);

        l.Add("hoy hoy_mismo", W.RelDay, 0);
        l.Add("manana", W.RelDay, 1);
        l.Add("pasado_manana", W.RelDay, 2);
        l.Add("esta_manana", W.RelDay, 0);
        l.Add("esta_manana", W.Pod, (int)PartOfDay.Morning);
        l.Add("esta_tarde", W.RelDay, 0);
        l.Add("esta_tarde", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("esta_noche", W.RelDay, 0);
        l.Add("esta_noche", W.Pod, (int)PartOfDay.Night);

        l.Add("por_la_manana de_la_manana en_la_manana a_la_manana de_la_madrugada en_la_madrugada madrugada", W.Pod, (int)PartOfDay.Morning);
        l.Add("por_la_tarde de_la_tarde en_la_tarde a_la_tarde", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("tarde tardes", W.Pod, (int)PartOfDay.Afternoon, weak: true);
        l.Add("mananas", W.Pod, (int)PartOfDay.Morning, weak: true);
        l.Add("por_la_noche de_la_noche en_la_noche a_la_noche", W.Pod, (int)PartOfDay.Night);
        l.Add("noche noches", W.Pod, (int)PartOfDay.Night, weak: true);
        l.Add("mediodia al_mediodia a_mediodia", W.Noon);
        l.Add("medianoche a_medianoche", W.Midnight);

        l.Add("proximo proxima el_proximo la_proxima", W.Next);
        l.Add("proximo proxima que_viene", W.NextPost);
        l.Add("este esta", W.This);
        l.Add("cada todos_los todas_las", W.Every);
        l.Add("cada_manana", W.Every);
        l.Add("cada_manana", W.Pod, (int)PartOfDay.Morning);
        l.Add("por_medio", W.Other, 2);
        l.Add("diario diariamente a_diario todos_los_dias", W.Daily);
        l.Add("semanal semanalmente", W.Weekly);
        l.Add("mensual mensualmente", W.Monthly);
        l.Add("quincenal quincenalmente", W.Fortnightly);
        l.Add("dia_laborable dias_laborables dia_habil dias_habiles dia_de_semana dias_de_semana dia_de_trabajo", W.Workdays);
        l.Add("todos_los_dias_laborables todos_los_dias_habiles entre_semana los_dias_laborables los_dias_habiles de_lunes_a_viernes", W.WorkdaysAdverb);
        l.Add("fin_de_semana el_fin_de_semana este_fin_de_semana finde", W.Weekend);

        l.Add("minuto minutos min", W.Unit, (int)Unit.Minute);
        l.Add("hora horas h hrs hs", W.Unit, (int)Unit.Hour);
        l.Add("dia dias", W.Unit, (int)Unit.Day);
        l.Add("semana semanas", W.Unit, (int)Unit.Week);
        l.Add("mes meses", W.Unit, (int)Unit.Month);

        l.Add("a_las a_la sobre_las hacia_las para_las a_eso_de_las eso_de_las tipo", W.At);
        l.Add("el el_dia para_el", W.On);
        l.Add("en dentro_de de_aqui_a en_unas en_unos", W.In);
        l.Add("mas_tarde a_partir_de_ahora desde_ahora", W.Later);
        l.Add("y", W.Past);
        l.Add("menos", W.To);
        l.Add("media", W.Half, 50);
        l.Add("cuarto", W.Quarter);
        l.Add("en_punto h hrs hs", W.Oclock);
        l.Add("am", W.Am);
        l.Add("pm", W.Pm);
        l.Add("fin_del_dia final_del_dia al_final_del_dia al_fin_del_dia cierre_del_dia fin_de_la_jornada final_de_la_jornada al_final_de_la_jornada", W.Eod);
        l.Add("la_proxima_semana proxima_semana la_semana_que_viene semana_que_viene la_semana_proxima semana_proxima", W.NextWeek);
        l.Add("el_proximo_mes proximo_mes el_mes_que_viene mes_que_viene", W.NextMonth);
        l.Add("y", W.And);
        l.Add("de del", W.Of);
        l.Add("los las", W.Article);
        l.Add("a hasta", W.Range);
        l.Add("de desde", W.From);
        l.Add("buenos_dias buenas_tardes buenas_noches", W.Ignore);
        return l;
    }
}
