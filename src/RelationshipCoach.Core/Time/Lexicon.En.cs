using RelationshipCoach.Core.Languages;

namespace RelationshipCoach.Core.Time;

internal sealed partial class Lexicon
{
    /// <summary>English time vocabulary.</summary>
    public static readonly Lexicon En = BuildEn();

    private static Lexicon BuildEn()
    {
        var l = new Lexicon(Language.En);
        l.AddWeekdays("monday tuesday wednesday thursday friday saturday sunday");
        l.AddWeekdays("mon tue|tues wed|weds thu|thur|thurs fri sat sun", weak: true, typos: false);
        l.AddWeekdays("mondays tuesdays wednesdays thursdays fridays saturdays sundays", W.WeekdayPlural, typos: false);
        l.AddMonths("january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sep|sept october|oct november|nov december|dec");
        l.AddNumbers("one two three four five six seven eight nine ten eleven twelve", 1);
        l.Add("a an", W.Num, 1, weak: true);
        l.Add("a_couple_of couple_of", W.Num, 2);
        l.Add("fifteen", W.Num, 15);
        l.Add("twenty", W.Num, 20);
        l.Add("thirty", W.Num, 30);
        l.Add("forty_five", W.Num, 45);
        l.Add("ninety", W.Num, 90);

        l.Add("today", W.RelDay, 0);
        l.Add("tmrw tmr tmw tommorow tommorrow tomorow tomorro 2morrow", W.RelDay, 1);
        l.Add("tomorrow", W.RelDay, 1, typos: true);
        l.Add("day_after_tomorrow the_day_after_tomorrow overmorrow", W.RelDay, 2);
        l.Add("this_morning", W.RelDay, 0);
        l.Add("this_morning", W.Pod, (int)PartOfDay.Morning);
        l.Add("this_afternoon", W.RelDay, 0);
        l.Add("this_afternoon", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("this_evening", W.RelDay, 0);
        l.Add("this_evening", W.Pod, (int)PartOfDay.Evening);
        l.Add("tonight tonite this_night", W.RelDay, 0);
        l.Add("tonight tonite this_night", W.Pod, (int)PartOfDay.Night);

        l.Add("morning", W.Pod, (int)PartOfDay.Morning, weak: true);
        l.Add("afternoon", W.Pod, (int)PartOfDay.Afternoon, weak: true);
        l.Add("evening", W.Pod, (int)PartOfDay.Evening, weak: true);
        l.Add("night", W.Pod, (int)PartOfDay.Night, weak: true);
        l.Add("in_the_morning first_thing_in_the_morning first_thing", W.Pod, (int)PartOfDay.Morning);
        l.Add("in_the_afternoon", W.Pod, (int)PartOfDay.Afternoon);
        l.Add("in_the_evening", W.Pod, (int)PartOfDay.Evening);
        l.Add("at_night in_the_night", W.Pod, (int)PartOfDay.Night);
        l.Add("noon midday lunchtime", W.Noon);
        l.Add("midnight", W.Midnight);

        l.Add("next", W.Next);
        l.Add("coming this_coming", W.Next);
        l.Add("this", W.This);
        l.Add("every each", W.Every);
        l.Add("other second", W.Other, 2);
        l.Add("daily", W.Daily);
        l.Add("weekly", W.Weekly);
        l.Add("monthly", W.Monthly);
        l.Add("biweekly fortnightly", W.Fortnightly);
        l.Add("weekday workday business_day working_day work_day", W.Workdays);
        l.Add("weekdays workdays business_days working_days", W.WorkdaysAdverb);
        l.Add("weekend this_weekend over_the_weekend", W.Weekend);

        l.Add("minute minutes min mins", W.Unit, (int)Unit.Minute);
        l.Add("hour hours hr hrs h", W.Unit, (int)Unit.Hour);
        l.Add("day days", W.Unit, (int)Unit.Day);
        l.Add("week weeks", W.Unit, (int)Unit.Week);
        l.Add("month months", W.Unit, (int)Unit.Month);

        l.Add("at around at_around at_about", W.At);
        l.Add("on on_the the", W.On);
        l.Add("in within in_about", W.In);
        l.Add("later from_now", W.Later);
        l.Add("half_past", W.HalfPast);
        l.Add("quarter_past a_quarter_past", W.QuarterPast);
        l.Add("quarter_to a_quarter_to quarter_til quarter_till", W.QuarterTo);
        l.Add("past after", W.Past);
        l.Add("to before til till", W.To);
        l.Add("half", W.Half, 50);
        l.Add("quarter", W.Quarter);
        l.Add("oclock o_clock h", W.Oclock);
        l.Add("am", W.Am);
        l.Add("pm", W.Pm);
        l.Add("eod cob end_of_day end_of_the_day end_of_today close_of_business end_of_business end_of_the_business_day end_of_business_day end_of_the_workday end_of_workday", W.Eod);
        l.Add("next_week the_coming_week coming_week", W.NextWeek);
        l.Add("next_month", W.NextMonth);
        l.Add("and", W.And);
        l.Add("of", W.Of);
        l.Add("st nd rd th", W.Ordinal);
        l.Add("to through thru until", W.Range);
        l.Add("from", W.From);
        l.Add("cet cest utc gmt", W.ZoneSuffix);
        l.Add("good_morning good_afternoon good_evening good_night morning_all", W.Ignore);
        return l;
    }
}
