using NodaTime;

namespace ReviewTimelines.Proposals;

/// <summary>Settings of the <see cref="SessionSeriesPlanner"/>: how many sessions of which length over how many weeks, the caps per day and per week, the break, how far outside working hours a session may reach, and the interpretation limits.</summary>
/// <remarks>
/// All lengths are elapsed time on the instant line. The planner validates the settings when it is constructed; later
/// changes to this object do not affect a planner already built. Defaults marked "our estimate" have no published source.
/// </remarks>
/// <threadsafety>Mutable settings object; do not share while changing it.</threadsafety>
public sealed class SessionSeriesOptions
{
    /// <summary>Gets or sets the zone whose local dates and weeks name the session days (usually the organizing secretariat's zone); required.</summary>
    public DateTimeZone? HostZone { get; set; }

    /// <summary>Gets or sets the first host date of the period; the period is <see cref="Weeks"/> × 7 host dates from it, and week 1 is its first seven dates.</summary>
    public LocalDate FirstDay { get; set; }

    /// <summary>Gets or sets the length of the period in weeks (W), 1 to 52; default 2.</summary>
    public int Weeks { get; set; } = 2;

    /// <summary>Gets or sets how many sessions to plan (N), 1 to 500; default 6.</summary>
    public int Count { get; set; } = 6;

    /// <summary>Gets or sets the length of each session; default 90 minutes.</summary>
    public Duration Length { get; set; } = Duration.FromMinutes(90);

    /// <summary>Gets or sets the most sessions starting on one host date (k), at least 1; default 2.</summary>
    public int MaxPerDay { get; set; } = 2;

    /// <summary>Gets or sets the most sessions in one week of the period (m), at least 1; default 4.</summary>
    public int MaxPerWeek { get; set; } = 4;

    /// <summary>Gets or sets the least time between the end of one session and the start of any other; default 30 minutes.</summary>
    public Duration MinBreak { get; set; } = Duration.FromMinutes(30);

    /// <summary>Gets or sets the grid step: session starts lie on multiples of it in <see cref="HostZone"/> local time; it must divide one day; default 30 minutes.</summary>
    public Duration Step { get; set; } = Duration.FromMinutes(30);

    /// <summary>Gets or sets how far before the start or after the end of a participant's working-hours span a session may reach (the out-of-hours part is the burden); default 5 hours (our estimate: 04:00–22:00 around a 09:00–17:00 day).</summary>
    /// <remarks>Zero allows only sessions inside everyone's working hours. It must be below 12 hours.</remarks>
    public Duration MaxReach { get; set; } = Duration.FromHours(5);

    /// <summary>Gets or sets the longest session that needs interpretation; default 180 minutes (our estimate; AIIC Canada's team rules allow a team of two interpreters up to 3.5–4 hours, canada.aiic.net page1625).</summary>
    public Duration InterpretationSessionCap { get; set; } = Duration.FromMinutes(180);

    /// <summary>Gets or sets the most interpreted time per host date for the interpreter team; default 360 minutes (AIIC Canada, canada.aiic.net page1625: a team of three interpreters works at most 6 hours a day).</summary>
    public Duration InterpretationDailyCap { get; set; } = Duration.FromMinutes(360);
}
