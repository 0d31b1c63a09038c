using System.Globalization;
using NodaTime;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Model;

/// <summary>A deadline "by a local date" for a stage: the date, the party responsible for meeting it, and how it rolls off non-working days.</summary>
/// <remarks>
/// <para>
/// The deadline expires at the end of the (rolled) local day in the responsible party's zone (design §3): "by
/// 15 March" is the instant 16 March 00:00 local. The party's <see cref="WorkingCalendar"/> decides both the zone and
/// the working days: a country's calendar; a person's own calendar, else their country's; a seat's calendar
/// (<see cref="Mechanism.SeatCalendar"/>). <see cref="Timetable.ResolveDeadline(StageId)"/> picks it; with a calendar
/// at hand use <see cref="Resolve(WorkingCalendar)"/>.
/// </para>
/// <para>Equality is structural (date, party, roll rule).</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record StageDeadline
{
    /// <summary>Initializes a new instance of the <see cref="StageDeadline"/> class.</summary>
    /// <param name="date">The stated local date ("by 15 March").</param>
    /// <param name="party">The responsible party: a country, a person or a seat.</param>
    /// <param name="roll">How a date on a non-working day of the party's calendar moves.</param>
    /// <exception cref="ArgumentException"><paramref name="party"/> is the default (invalid) key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roll"/> is not a defined value.</exception>
    public StageDeadline(LocalDate date, TimetableResource party, DeadlineRoll roll)
    {
        Date = date;
        Party = ModelChecks.Id(party, nameof(StageDeadline), nameof(party));
        Roll = ModelChecks.Defined(roll, nameof(StageDeadline), nameof(roll));
    }

    /// <summary>Gets the stated local date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the responsible party, whose working calendar resolves the deadline.</summary>
    public TimetableResource Party { get; }

    /// <summary>Gets how a date on a non-working day moves.</summary>
    public DeadlineRoll Roll { get; }

    /// <summary>Resolves the deadline through the responsible party's working calendar.</summary>
    /// <param name="calendar">The party's working calendar (its zone and working days).</param>
    /// <returns>The rolled due date and the expiry instant: the start of the day after the due date in the calendar's zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public ResolvedDeadline Resolve(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var due = calendar.Roll(Date, Roll);
        return new ResolvedDeadline(Date, due, calendar.Zone, calendar.DeadlineInstant(Date, Roll));
    }

    /// <summary>Resolves a deadline that does not roll in a zone alone (no working calendar needed).</summary>
    /// <param name="zone">The party's zone.</param>
    /// <returns>The due date (the stated date) and the start of the next local day in <paramref name="zone"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Roll"/> is not <see cref="DeadlineRoll.None"/>: rolling needs a working calendar.</exception>
    public ResolvedDeadline Resolve(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Roll != DeadlineRoll.None)
        {
            throw new InvalidOperationException(
                string.Format(CultureInfo.InvariantCulture, "The deadline {0} rolls ({1}) and needs the working calendar of {2}, not only a zone.", ModelChecks.Format(Date), Roll, Party));
        }

        return new ResolvedDeadline(Date, Date, zone, DayStart.Of(Date.PlusDays(1), zone));
    }

    /// <summary>Formats as <c>2021-03-15 country:AUT NextWorkingDay</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => ModelChecks.Format(Date) + " " + Party + " " + Roll.ToString();
}

/// <summary>A deadline resolved through a working calendar: the stated date, the rolled due date, the zone, and the expiry instant.</summary>
/// <param name="StatedDate">The date as stated on the stage.</param>
/// <param name="DueDate">The date after rolling off non-working days (equal to <paramref name="StatedDate"/> when it is a working day or the rule is none).</param>
/// <param name="Zone">The responsible party's zone.</param>
/// <param name="Expiry">The exclusive expiry instant: the start of the day after <paramref name="DueDate"/> in <paramref name="Zone"/>.</param>
/// <remarks>A stage that ends at or before <see cref="Expiry"/> meets the deadline. <see cref="WasRolled"/> tells the conflict detector that the stated date was not a working day.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ResolvedDeadline(LocalDate StatedDate, LocalDate DueDate, DateTimeZone Zone, Instant Expiry)
{
    /// <summary>Gets the responsible party's zone.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateTimeZone Zone { get; init; } = Zone ?? throw new ArgumentNullException(nameof(Zone));

    /// <summary>Gets a value indicating whether rolling moved the date.</summary>
    public bool WasRolled => StatedDate != DueDate;

    /// <inheritdoc />
    public bool Equals(ResolvedDeadline? other) =>
        other is not null && StatedDate == other.StatedDate && DueDate == other.DueDate && ModelChecks.SameZone(Zone, other.Zone) && Expiry == other.Expiry;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StatedDate, DueDate, Zone.Id, Expiry);

    /// <summary>Formats as <c>2021-03-15 (due by the end of 2021-03-15 in Europe/Vienna, expires 2021-03-16T00:00:00+01:00)</c>.</summary>
    /// <returns>The invariant text: the responsible party's local day and zone, and the expiry as local time with its offset (never a bare UTC instant).</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} (due by the end of {1} in {2}, expires {3})",
            ModelChecks.Format(StatedDate),
            ModelChecks.Format(DueDate),
            Zone.Id,
            ExpiryText);

    /// <summary>Gets the expiry as local time in <see cref="Zone"/> with its offset: <c>2021-03-16T00:00:00+01:00</c> (RFC 3339).</summary>
    public string ExpiryText => NodaTime.Text.OffsetDateTimePattern.Rfc3339.Format(Expiry.InZone(Zone).ToOffsetDateTime());
}
