using NodaTime;

namespace RelationshipCoach.Core.Time;

/// <summary>Everything the pieces of one time expression have said so far, before it is resolved.</summary>
internal sealed class Draft
{
    public int? Year, Month, Day;
    public int? DayOffset;
    public IsoDayOfWeek? Weekday;
    public bool WeekdayThis;
    public bool NextWeek, NextMonth;

    public int? Hour;
    public int Minute;
    public int HourShift;
    public bool Pm, Am, Clock24;
    public PartOfDay? Pod;
    public bool Eod;

    public Period? Duration;

    public Frequency Frequency;
    public int Interval = 1;
    public List<IsoDayOfWeek> ByDay = [];
    public int? ByMonthDay;

    public bool Strong;
    public int Pieces;

    public bool HasDate => Day is not null || DayOffset is not null || Weekday is not null || NextWeek || NextMonth;
    public bool HasTime => Hour is not null || Eod;
    public bool Recurring => Frequency != Frequency.None;

    public Draft Clone()
    {
        var copy = (Draft)MemberwiseClone();
        copy.ByDay = [.. ByDay];
        return copy;
    }
}

/// <summary>The RRULE frequencies the recognizer produces.</summary>
internal enum Frequency { None, Daily, Weekly, Monthly }
