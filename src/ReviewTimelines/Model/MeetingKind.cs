namespace ReviewTimelines.Model;

/// <summary>The kind of a meeting that reviewing States, delegations or secretariat staff attend.</summary>
public enum MeetingKind
{
    /// <summary>A plenary meeting of a mechanism (GRECO plenary, WGB plenary, MESICIC Committee of Experts, FATF plenary).</summary>
    Plenary = 0,

    /// <summary>A session (or resumed session) of the UNCAC Implementation Review Group.</summary>
    ImplementationReviewGroupSession = 1,

    /// <summary>A session of the Conference of the States Parties (UNCAC COSP, Arab ACAC conference).</summary>
    ConferenceOfStatesParties = 2,

    /// <summary>A working or subgroup meeting (e.g. MESICIC review subgroups just before the plenary).</summary>
    WorkingMeeting = 3,

    /// <summary>Any other meeting (a special session, a side event, a forum).</summary>
    Other = 4,
}
