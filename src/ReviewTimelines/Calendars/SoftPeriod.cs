using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>What kind of soft period a <see cref="SoftPeriod"/> is.</summary>
public enum SoftPeriodKind
{
    /// <summary>Another period the secretariat wants to be warned about (e.g. a summer recess).</summary>
    Other = 0,

    /// <summary>A religious period whose dates follow a lunar calendar, such as Ramadan.</summary>
    Religious = 1,

    /// <summary>An election period (campaign, polling day, government formation).</summary>
    Election = 2,
}

/// <summary>How strongly a <see cref="SoftPeriod"/> argues against scheduling work in it.</summary>
public enum SoftPeriodSeverity
{
    /// <summary>A soft constraint: scheduling is allowed but earns a warning (REVIEW-MECHANISMS.md §6.3: elections are soft).</summary>
    Warning = 0,

    /// <summary>A hard constraint: conflict detection treats scheduling in the period as a hard conflict.</summary>
    Hard = 1,
}

/// <summary>A named period of a working calendar that is still made of working days but argues against scheduling: Ramadan, an election period.</summary>
/// <remarks>
/// <para>
/// <see cref="Dates"/> are local dates in the zone of the calendar that holds the period, end inclusive. Lunar periods
/// carry an <see cref="UncertaintyDays"/> margin: Ramadan may start and end a day earlier or later depending on moon
/// sighting and country (REVIEW-MECHANISMS.md §6.2), so a period with an uncertainty of 1 day may cover any date of
/// <see cref="PossibleDates"/> = <c>[Dates.Start - 1 day, Dates.End + 1 day]</c>. Queries such as
/// <see cref="Touches(LocalDate)"/> count that margin.
/// </para>
/// <para>A soft period never changes <see cref="WorkingCalendar.IsWorkingDay(LocalDate)"/>; conflict rules read it.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SoftPeriod
{
    /// <summary>Initializes a new instance of the <see cref="SoftPeriod"/> class.</summary>
    /// <param name="name">The display name, e.g. "Ramadan 1446".</param>
    /// <param name="dates">The expected local dates, end inclusive.</param>
    /// <param name="kind">The kind of period.</param>
    /// <param name="severity">Warning or hard.</param>
    /// <param name="uncertaintyDays">How many days the start and the end may each move earlier or later; 0 when the dates are certain.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="severity"/> is not a defined value, or <paramref name="uncertaintyDays"/> is negative or more than 366.</exception>
    public SoftPeriod(string name, DateInterval dates, SoftPeriodKind kind, SoftPeriodSeverity severity, int uncertaintyDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(dates);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown soft period kind.");
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown soft period severity.");
        }

        if (uncertaintyDays is < 0 or > MaxUncertaintyDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(uncertaintyDays),
                uncertaintyDays,
                string.Format(CultureInfo.InvariantCulture, "The uncertainty of soft period '{0}' must be between 0 and {1} days.", name, MaxUncertaintyDays));
        }

        WorkingCalendar.CheckIso(dates.Start, nameof(dates));
        Name = name;
        Dates = dates;
        Kind = kind;
        Severity = severity;
        UncertaintyDays = uncertaintyDays;
        PossibleDates = new DateInterval(SafePlusDays(dates.Start, -uncertaintyDays), SafePlusDays(dates.End, uncertaintyDays));
    }

    /// <summary>The largest accepted <see cref="UncertaintyDays"/>.</summary>
    public const int MaxUncertaintyDays = 366;

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the expected local dates, end inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the kind of period.</summary>
    public SoftPeriodKind Kind { get; }

    /// <summary>Gets the severity.</summary>
    public SoftPeriodSeverity Severity { get; }

    /// <summary>Gets how many days the start and the end may each move earlier or later.</summary>
    public int UncertaintyDays { get; }

    /// <summary>Gets every date the period may cover: <see cref="Dates"/> widened by <see cref="UncertaintyDays"/> at both ends (clamped to NodaTime's ISO range).</summary>
    public DateInterval PossibleDates { get; }

    /// <summary>Creates a religious period (Ramadan and the like) whose start and end are each uncertain by <paramref name="uncertaintyDays"/>.</summary>
    /// <param name="name">The display name.</param>
    /// <param name="dates">The expected local dates, end inclusive.</param>
    /// <param name="uncertaintyDays">The margin at each end, typically 1 (moon sighting).</param>
    /// <param name="severity">Warning or hard.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">See <see cref="SoftPeriod(string, DateInterval, SoftPeriodKind, SoftPeriodSeverity, int)"/>.</exception>
    public static SoftPeriod Religious(string name, DateInterval dates, int uncertaintyDays, SoftPeriodSeverity severity) =>
        new(name, dates, SoftPeriodKind.Religious, severity, uncertaintyDays);

    /// <summary>Creates an election period with certain dates and <see cref="SoftPeriodSeverity.Warning"/> severity (elections are soft constraints, REVIEW-MECHANISMS.md §6.3).</summary>
    /// <param name="name">The display name.</param>
    /// <param name="dates">The local dates, end inclusive.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">See <see cref="SoftPeriod(string, DateInterval, SoftPeriodKind, SoftPeriodSeverity, int)"/>.</exception>
    public static SoftPeriod Election(string name, DateInterval dates) =>
        new(name, dates, SoftPeriodKind.Election, SoftPeriodSeverity.Warning, 0);

    /// <summary>Tells whether the period may cover <paramref name="date"/>, counting the uncertainty margin.</summary>
    /// <param name="date">A local date in the calendar's zone.</param>
    /// <returns>True when <paramref name="date"/> lies in <see cref="PossibleDates"/>.</returns>
    public bool Touches(LocalDate date) => date.Calendar == PossibleDates.Start.Calendar && PossibleDates.Contains(date);

    /// <summary>Tells whether the period may share a date with <paramref name="dates"/>, counting the uncertainty margin.</summary>
    /// <param name="dates">Local dates in the calendar's zone, end inclusive.</param>
    /// <returns>True when <paramref name="dates"/> and <see cref="PossibleDates"/> share at least one date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public bool Touches(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return dates.Start.Calendar == PossibleDates.Start.Calendar &&
            dates.Start <= PossibleDates.End && PossibleDates.Start <= dates.End;
    }

    /// <inheritdoc />
    public bool Equals(SoftPeriod? other) =>
        other is not null && Name == other.Name && Dates.Equals(other.Dates) && Kind == other.Kind &&
        Severity == other.Severity && UncertaintyDays == other.UncertaintyDays;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Dates, Kind, Severity, UncertaintyDays);

    /// <summary>Formats as <c>Ramadan 1446 2025-03-01/2025-03-29 ±1d (Religious, Warning)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}/{2} \u00b1{3}d ({4}, {5})",
            Name,
            LocalDatePattern.Iso.Format(Dates.Start),
            LocalDatePattern.Iso.Format(Dates.End),
            UncertaintyDays,
            Kind.ToString(),
            Severity.ToString());

    private static LocalDate SafePlusDays(LocalDate date, int days)
    {
        if (days < 0 && Period.DaysBetween(LocalDate.MinIsoValue, date) < -days)
        {
            return LocalDate.MinIsoValue;
        }

        if (days > 0 && Period.DaysBetween(date, LocalDate.MaxIsoValue) < days)
        {
            return LocalDate.MaxIsoValue;
        }

        return date.PlusDays(days);
    }
}
