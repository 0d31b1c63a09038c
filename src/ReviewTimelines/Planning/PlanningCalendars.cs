using System.Globalization;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.Planning;

/// <summary>The working calendars a plan uses: the State under review's, the seat's and optionally the reviewing experts'.</summary>
/// <remarks>When no experts' calendar is given, rules for <see cref="ResponsibleParty.Experts"/> use the seat calendar.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class PlanningCalendars
{
    /// <summary>Initializes a new instance of the <see cref="PlanningCalendars"/> class.</summary>
    /// <param name="country">The State under review's calendar (its zone, weekends and holidays).</param>
    /// <param name="seat">The secretariat's seat calendar.</param>
    /// <param name="experts">The reviewing experts' calendar, or <see langword="null"/> to use <paramref name="seat"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> or <paramref name="seat"/> is null.</exception>
    public PlanningCalendars(WorkingCalendar country, WorkingCalendar seat, WorkingCalendar? experts = null)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(seat);
        Country = country;
        Seat = seat;
        Experts = experts ?? seat;
    }

    /// <summary>Gets the State under review's calendar.</summary>
    public WorkingCalendar Country { get; }

    /// <summary>Gets the seat's calendar.</summary>
    public WorkingCalendar Seat { get; }

    /// <summary>Gets the experts' calendar (the seat's when none was given).</summary>
    public WorkingCalendar Experts { get; }

    /// <summary>Gets the calendar of <paramref name="party"/>.</summary>
    /// <param name="party">The responsible party.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is not a defined value.</exception>
    public WorkingCalendar For(ResponsibleParty party) => party switch
    {
        ResponsibleParty.StateUnderReview => Country,
        ResponsibleParty.Seat => Seat,
        ResponsibleParty.Experts => Experts,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Unknown responsible party."),
    };

    /// <summary>Formats as <c>country AUT (Europe/Vienna), seat Vienna (Europe/Vienna), experts ...</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "country {0}, seat {1}, experts {2}", Country, Seat, Experts);
}
