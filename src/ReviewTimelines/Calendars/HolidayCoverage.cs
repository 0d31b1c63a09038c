using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>The local dates for which one source of a calendar's holidays and closures is complete.</summary>
/// <param name="Source">The source's name (e.g. "AUT public holidays, PublicHoliday 3.17.0").</param>
/// <param name="Dates">The local dates it covers, end inclusive, in the calendar's zone.</param>
/// <remarks>A calendar covers a date when every one of its sources covers it (see <see cref="WorkingCalendar.HolidayCoverage"/>).</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record HolidayCoverage(string Source, DateInterval Dates)
{
    /// <summary>Gets the source's name.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public string Source { get; init; } = string.IsNullOrWhiteSpace(Source) ? throw new ArgumentException("The source needs a name.", nameof(Source)) : Source;

    /// <summary>Gets the covered dates.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateInterval Dates { get; init; } = Dates ?? throw new ArgumentNullException(nameof(Dates));

    /// <summary>Formats as <c>AUT public holidays 2021-01-01/2021-12-31</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}/{2}", Source, LocalDatePattern.Iso.Format(Dates.Start), LocalDatePattern.Iso.Format(Dates.End));
}
