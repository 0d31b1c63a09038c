using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;
using ReviewTimelines.Model;

namespace ReviewTimelines.Planning;

/// <summary>A stage with dates: the planner's output for one <see cref="StageRule"/>.</summary>
/// <remarks>
/// <para>
/// <see cref="Dates"/> are inclusive local dates in the responsible party's zone, or in the plenary's zone when the stage
/// is aligned to a plenary. For a <see cref="StageShape.Deadline"/> they are the one day the deadline falls on, and
/// <see cref="Deadline"/> is the end of that local day (the start of the next day in the zone, design §3). Convert to
/// instants with <see cref="ZonedDateRange.ToInstantRange"/>.
/// </para>
/// </remarks>
/// <param name="Rule">The rule that produced the stage.</param>
/// <param name="Dates">The stage's dates in its zone.</param>
/// <param name="Placement">How the dates were obtained.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record PlannedStage(StageRule Rule, ZonedDateRange Dates, StagePlacement Placement)
{
    /// <summary>Gets the rule that produced the stage.</summary>
    public StageRule Rule { get; init; } = Rule ?? throw new ArgumentNullException(nameof(Rule));

    /// <summary>Gets the stage's key.</summary>
    public StageKey Key => Rule.Key;

    /// <summary>Gets the stage's kind.</summary>
    public StageKind Kind => Rule.Kind;

    /// <summary>Gets the stage's display name.</summary>
    public string Name => Rule.Name;

    /// <summary>Gets the source of the rule's figures.</summary>
    public SourceReference Source => Rule.Source;

    /// <summary>Gets the first date.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>Gets the last date (inclusive).</summary>
    public LocalDate End => Dates.End;

    /// <summary>Gets the deadline instant (exclusive: the end of the deadline's local day), or <see langword="null"/> for a date range.</summary>
    /// <remarks>To show a deadline, use <see cref="Due"/>, which names the responsible party's zone and local day.</remarks>
    public Instant? Deadline => Due?.Expiry;

    /// <summary>Gets the deadline as the responsible party's local day and zone with its expiry instant, or <see langword="null"/> for a date range.</summary>
    /// <remarks>The due date is the one day of <see cref="Dates"/> (already rolled by the planner), in <see cref="ZonedDateRange.Zone"/>.</remarks>
    public ResolvedDeadline? Due => Rule.Shape == StageShape.Deadline
        ? new ResolvedDeadline(Dates.End, Dates.End, Dates.Zone, DayStart.Of(Dates.End.PlusDays(1), Dates.Zone))
        : null;

    /// <summary>Formats as <c>U1 2021-03-01/2021-03-01 Europe/Vienna Computed deadline end of 2021-03-01 Europe/Vienna</c>.</summary>
    /// <returns>The invariant text: a deadline names its local day and zone, never a bare UTC instant.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} {2}{3}",
        Key,
        Dates,
        Placement,
        Due is { } d ? " deadline end of " + LocalDatePattern.Iso.Format(d.DueDate) + " " + d.Zone.Id : string.Empty);
}
