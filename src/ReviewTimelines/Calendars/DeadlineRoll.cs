namespace ReviewTimelines.Calendars;

/// <summary>What happens to a deadline date that falls on a non-working day of the responsible party's calendar.</summary>
public enum DeadlineRoll
{
    /// <summary>The date stays as it is, working day or not.</summary>
    None = 0,

    /// <summary>The date moves forward to the next working day.</summary>
    NextWorkingDay = 1,

    /// <summary>The date moves back to the previous working day.</summary>
    PreviousWorkingDay = 2,
}
