namespace ReviewTimelines.Conflicts;

/// <summary>The kinds of conflict the <see cref="ConflictDetector"/> finds (design §5); each has one rule.</summary>
/// <remarks>The numeric order is the tie-break order of <see cref="ConflictDetector.Detect(Model.Timetable)"/> results.</remarks>
public enum ConflictKind
{
    /// <summary>Two country visits to the same State overlap, or stand closer than the minimum separation in working days of that State's calendar (hard).</summary>
    CountryVisitOverlap = 0,

    /// <summary>A person (expert, focal point, secretariat staff member) is booked on two overlapping items (hard).</summary>
    PersonDoubleBooked = 1,

    /// <summary>A country visit overlaps a plenary that the State's delegation or one of the visit's participants attends (hard).</summary>
    VisitDuringPlenary = 2,

    /// <summary>Plenaries of two mechanisms fall in the same ISO week and share a delegation or a person (soft).</summary>
    PlenaryClash = 3,

    /// <summary>An item falls on a blackout: a weekend day, public holiday or closure (hard), or a soft period such as Ramadan or an election (soft).</summary>
    Blackout = 4,

    /// <summary>A deadline falls on a non-working day of the responsible party's calendar (hard when it does not roll, soft when it rolls).</summary>
    DeadlineOnNonWorkingDay = 5,

    /// <summary>A stage starts before a predecessor ends, or ends after its deadline (hard).</summary>
    SequenceViolation = 6,

    /// <summary>Two mechanisms visit the same State within the joint-visit window: a chance to merge the visits (opportunity).</summary>
    JointVisitOpportunity = 7,

    /// <summary>A person contributes to more reviews at once, or attends more days of visits and meetings in a rolling window, than <see cref="ConflictDetectorOptions"/> allows: one conflict per person naming the items (soft).</summary>
    Workload = 8,
}

/// <summary>How much a <see cref="Conflict"/> matters.</summary>
/// <remarks>The numeric order (hard first) is not used for result ordering; results are ordered by time.</remarks>
public enum ConflictSeverity
{
    /// <summary>The timetable cannot be carried out as it stands.</summary>
    Hard = 0,

    /// <summary>Allowed, but the secretariat should be warned.</summary>
    Soft = 1,

    /// <summary>Not a problem: a chance to cooperate (a joint visit).</summary>
    Opportunity = 2,
}
