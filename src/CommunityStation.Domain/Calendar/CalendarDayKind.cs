namespace CommunityStation.Domain.Calendar;

/// <summary>What the State Council's notice says about a day.</summary>
public enum CalendarDayKind
{
    /// <summary>放假: a rest day, even on a weekday.</summary>
    Holiday = 1,

    /// <summary>调休上班: a Saturday or Sunday that is a working day.</summary>
    MakeUpWorkingDay = 2,
}
