using System.Collections.Immutable;
using System.Globalization;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>One stage of a mechanism's timeline: what it is, what it follows, when it starts and how long it lasts, with its source.</summary>
/// <remarks>
/// <para>
/// The anchor date is the predecessor's last date (<see cref="OffsetAnchor.PredecessorEnd"/>, the default) or first
/// date, or T0 when <see cref="Predecessor"/> is <see langword="null"/>. The stage opens on anchor + <see cref="Offset"/>.
/// A <see cref="StageShape.Deadline"/> falls due on opening date + <see cref="Duration"/> ("within 3 weeks" is a zero
/// offset and a three-week duration) and expires at the end of that local day in the responsible party's zone. A
/// <see cref="StageShape.DateRange"/> covers <see cref="Duration"/> from its opening date (see <see cref="StageSpan.CoverFrom"/>);
/// to start the day after the predecessor ends, use an offset of one day.
/// </para>
/// <para>
/// <see cref="Roll"/> moves a deadline date, or a range's opening date, that falls on a non-working day of the responsible
/// party's calendar. A backward roll never crosses the anchor date: if it would, the date rolls forward instead.
/// Rules are checked when a <see cref="StageRuleSet"/> is built, which names the rule and field of every problem.
/// </para>
/// </remarks>
/// <param name="Key">The rule's key, unique in its set.</param>
/// <param name="Kind">The stage kind.</param>
/// <param name="Name">A display name, e.g. "Focal point appointed".</param>
/// <param name="Source">The source and confidence of the rule's figures.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record StageRule(StageKey Key, StageKind Kind, string Name, SourceReference Source)
{
    /// <summary>Gets the predecessor's key, or <see langword="null"/> when the stage counts from T0.</summary>
    public StageKey? Predecessor { get; init; }

    /// <summary>Gets which date of the predecessor the offset counts from.</summary>
    public OffsetAnchor Anchor { get; init; } = OffsetAnchor.PredecessorEnd;

    /// <summary>Gets the time from the anchor date to the stage's opening date; zero by default.</summary>
    public StageSpan Offset { get; init; }

    /// <summary>Gets the time allowed (deadline) or covered (date range); a date range needs a positive duration.</summary>
    public StageSpan Duration { get; init; }

    /// <summary>Gets whether the stage is a deadline or a date range; a deadline by default.</summary>
    public StageShape Shape { get; init; } = StageShape.Deadline;

    /// <summary>Gets whose working calendar and zone the stage uses.</summary>
    public ResponsibleParty Party { get; init; } = ResponsibleParty.StateUnderReview;

    /// <summary>Gets how a deadline date or range start on a non-working day moves; <see cref="DeadlineRoll.NextWorkingDay"/> by default.</summary>
    /// <remarks>A planned deadline falls on a working day of the responsible party unless the rule says <see cref="DeadlineRoll.None"/> ("no roll").</remarks>
    public DeadlineRoll Roll { get; init; } = DeadlineRoll.NextWorkingDay;

    /// <summary>Gets further stages that must end before this stage starts, besides <see cref="Predecessor"/>; empty by default.</summary>
    /// <remarks>
    /// The offset still counts from <see cref="Predecessor"/>; a stage placed earlier than the end of any of these stages moves
    /// to the day after it ends (as an instant, across zones). For a stage aligned to a plenary, the constraint applies to the
    /// plenary's first day: "the review subgroup meets before the first plenary that starts after the consideration period".
    /// Example: UNCAC "draft report agreed" follows the country visit, and also the active dialogue.
    /// </remarks>
    public ImmutableArray<StageKey> AlsoAfter { get; init; } = [];

    /// <summary>Gets a value indicating whether a country visit or joint meeting of working days may include non-working days (span a weekend or holiday); <see langword="false"/> by default.</summary>
    /// <remarks>
    /// When <see langword="false"/>, a <see cref="StageKind.CountryVisit"/> or <see cref="StageKind.JointMeeting"/> lasting n working
    /// days takes n consecutive working days of the State under review's calendar, none of them a public holiday or closure of
    /// the seat's calendar: a 3-day visit is never Thursday to Monday.
    /// </remarks>
    public bool MaySpanNonWorkingDays { get; init; }

    /// <summary>Gets the plenary alignment, or <see langword="null"/> when the stage is placed by offset and duration only.</summary>
    public PlenaryAlignment? Alignment { get; init; }

    /// <summary>Gets a value indicating whether re-planning keeps the stage at its planned dates (e.g. a plenary date).</summary>
    public bool IsPinned { get; init; }

    /// <summary>Formats as <c>U2 FocalPointAppointment after U1 +P0D for P3W (Deadline, StateUnderReview)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} after {2} +{3} for {4} ({5}, {6}{7}{8})",
        Key,
        Kind,
        Predecessor?.ToString() ?? "T0",
        Offset,
        Duration,
        Shape,
        Party,
        Alignment is null ? string.Empty : ", aligned to a plenary",
        IsPinned ? ", pinned" : string.Empty);
}
