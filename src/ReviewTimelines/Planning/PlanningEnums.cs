namespace ReviewTimelines.Planning;

/// <summary>The unit of a <see cref="StageSpan"/>.</summary>
public enum PlanningUnit
{
    /// <summary>Calendar days (every date counts).</summary>
    CalendarDays = 0,

    /// <summary>Weeks of seven calendar days.</summary>
    Weeks = 1,

    /// <summary>Calendar months, added with NodaTime <c>LocalDate.PlusMonths</c> (the day of month is clamped to the month's length).</summary>
    Months = 2,

    /// <summary>Working days of the responsible party's <see cref="Calendars.WorkingCalendar"/>.</summary>
    WorkingDays = 3,
}

/// <summary>Whose working calendar (and time zone) a stage rule uses.</summary>
public enum ResponsibleParty
{
    /// <summary>The State under review (its country calendar and zone): checklist replies, country visits.</summary>
    StateUnderReview = 0,

    /// <summary>The mechanism's secretariat at its seat (seat calendar and zone): notifications, translation, plenaries.</summary>
    Seat = 1,

    /// <summary>The reviewing experts (their calendar; the seat calendar when none is given): desk reviews, comments.</summary>
    Experts = 2,
}

/// <summary>Which date of the predecessor a stage's offset counts from.</summary>
public enum OffsetAnchor
{
    /// <summary>The predecessor's last date (a deadline's date, a date range's inclusive end). The default.</summary>
    PredecessorEnd = 0,

    /// <summary>The predecessor's first date.</summary>
    PredecessorStart = 1,
}

/// <summary>Whether a stage is a deadline (an instant) or a range of dates.</summary>
public enum StageShape
{
    /// <summary>A deadline: the end of a local day in the responsible party's zone (design §3).</summary>
    Deadline = 0,

    /// <summary>An inclusive range of local dates in the responsible party's zone (or the plenary's zone when aligned).</summary>
    DateRange = 1,
}

/// <summary>How a planned stage got its dates.</summary>
public enum StagePlacement
{
    /// <summary>Computed from its predecessor (or T0) by the rule's offset and duration.</summary>
    Computed = 0,

    /// <summary>Placed on (or just before) a plenary by the rule's <see cref="PlenaryAlignment"/>.</summary>
    AlignedToPlenary = 1,

    /// <summary>The rule asks for a plenary but none qualified; placed by offset and duration instead (a <see cref="StagePlan.Warnings"/> entry says so).</summary>
    AlignmentFallback = 2,

    /// <summary>An actual date reported for the stage (slip propagation).</summary>
    Actual = 3,

    /// <summary>A pinned stage kept at its originally planned dates during re-planning.</summary>
    Pinned = 4,

    /// <summary>The rule asks for a plenary, none is published, and the dates are estimated from the body's stored meeting pattern (<see cref="PlenaryRhythm"/>); a <see cref="StagePlan.Warnings"/> entry says so.</summary>
    EstimatedPlenary = 5,

    /// <summary>A country visit moved later by whole weeks so that the review creates no hard conflict with the rest of the timetable (<see cref="Proposals.ReviewPlacement"/>); the later stages were re-planned from it.</summary>
    MovedClearOfTimetable = 6,
}
