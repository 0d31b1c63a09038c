using NodaTime;

namespace ReviewTimelines.Calendars;

/// <summary>A source of public holidays and closures for one calendar's owner (a country, seat or person), as data.</summary>
/// <remarks>
/// Holidays are data, never code in <see cref="WorkingCalendar"/>: an in-memory list
/// (<see cref="InMemoryHolidaySource"/>), a published iCalendar feed or a holiday library all fit behind this interface.
/// <see cref="WorkingCalendarBuilder.AddHolidays(IHolidaySource, DateInterval)"/> asks a source once, for the dates
/// the calendar must cover, and copies the answer.
/// </remarks>
/// <threadsafety>Implementations should be safe to call from several threads; the builder calls a source once.</threadsafety>
public interface IHolidaySource
{
    /// <summary>Gets a name for the source, used in error messages (e.g. "AUT public holidays, PublicHoliday 3.17.0").</summary>
    string Name { get; }

    /// <summary>Gets the non-working days that fall within <paramref name="dates"/>.</summary>
    /// <param name="dates">The local dates to cover, end inclusive, in the calendar's zone.</param>
    /// <returns>The non-working days in <paramref name="dates"/>, in any order; a date not returned is not a holiday or closure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    IEnumerable<NonWorkingDay> NonWorkingDaysIn(DateInterval dates);
}
