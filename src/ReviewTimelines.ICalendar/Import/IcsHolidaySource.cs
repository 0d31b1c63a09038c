using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReviewTimelines.Calendars;

namespace ReviewTimelines.ICalendar.Import;

/// <summary>An <see cref="IHolidaySource"/> over a national holiday feed: the all-day items of an imported .ics file.</summary>
/// <remarks>
/// <para>Every local date of every selected all-day item (DATE values, read in the import's owner zone) is a
/// <see cref="NonWorkingDayKind.PublicHoliday"/>. Timed items are never holidays. Several items on one date give one
/// non-working day whose name joins their SUMMARYs with <c>" / "</c> in ordinal order. TRANSP is ignored: holiday
/// feeds mark their days TRANSPARENT so that they do not block the subscriber's own calendar.</para>
/// <para>Holiday feeds often list days that are not days off (Valentine's day, Advent Sundays, regional holidays):
/// pass a selector, e.g. on <see cref="ImportedEvent.Categories"/>. A source knows only the dates its import window
/// covered (<see cref="Covers"/>); asking for dates outside them is an error rather than a silent "no holidays".</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class IcsHolidaySource : IHolidaySource
{
    private readonly SortedDictionary<LocalDate, NonWorkingDay> days;

    /// <summary>Initializes a new instance of the <see cref="IcsHolidaySource"/> class.</summary>
    /// <param name="name">The source's name, used in error messages (e.g. "AUT holidays, AustrianHolidays.ics").</param>
    /// <param name="imported">The imported feed.</param>
    /// <param name="covers">The local dates the import window covered, end inclusive.</param>
    /// <param name="isNonWorkingDay">Selects the all-day items that are days off.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/>, <paramref name="covers"/> or <paramref name="isNonWorkingDay"/> is null.</exception>
    public IcsHolidaySource(string name, IcsImportResult imported, DateInterval covers, Func<ImportedEvent, bool> isNonWorkingDay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(covers);
        ArgumentNullException.ThrowIfNull(isNonWorkingDay);
        Name = name;
        Covers = covers;
        days = new SortedDictionary<LocalDate, NonWorkingDay>(
            imported.Events
                .Where(e => e.Dates is not null && isNonWorkingDay(e))
                .SelectMany(e => DatesOf(e.Dates!).Select(d => (Date: d, e.Summary)))
                .Where(x => covers.Contains(x.Date))
                .GroupBy(x => x.Date)
                .ToDictionary(
                    g => g.Key,
                    g => new NonWorkingDay(g.Key, string.Join(" / ", g.Select(x => x.Summary).Distinct().Order(StringComparer.Ordinal)), NonWorkingDayKind.PublicHoliday)));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the local dates the source knows about, end inclusive.</summary>
    public DateInterval Covers { get; }

    /// <summary>Gets every non-working day of the source, ordered by date.</summary>
    public IReadOnlyList<NonWorkingDay> Days => [.. days.Values];

    /// <summary>Imports a holiday feed and wraps it as a source.</summary>
    /// <remarks><see cref="Covers"/> is the owner-zone dates of <see cref="IcsImportOptions.Window"/>: from the date of its start to the date of its last instant.</remarks>
    /// <param name="name">The source's name, used in error messages.</param>
    /// <param name="icsText">The feed's text.</param>
    /// <param name="importer">The importer.</param>
    /// <param name="options">The import options; the owner zone is the holidays' country zone.</param>
    /// <param name="isNonWorkingDay">Selects the all-day items that are days off.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or the window is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IcsImportException">The feed is invalid (see <see cref="IcsImporter.Import(string, IcsImportOptions)"/>).</exception>
    public static IcsHolidaySource Import(string name, string icsText, IcsImporter importer, IcsImportOptions options, Func<ImportedEvent, bool> isNonWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Window.IsEmpty)
        {
            throw new ArgumentException("The import window is empty, so the holiday source would cover no date.", nameof(options));
        }

        var covers = new DateInterval(
            options.Window.Start.InZone(options.OwnerZone).Date,
            (options.Window.End - Duration.Epsilon).InZone(options.OwnerZone).Date);
        return new IcsHolidaySource(name, importer.Import(icsText, options), covers, isNonWorkingDay);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reaches outside <see cref="Covers"/>.</exception>
    public IEnumerable<NonWorkingDay> NonWorkingDaysIn(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Start < Covers.Start || dates.End > Covers.End)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dates),
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Holiday source '{0}' covers {1}/{2} only; asked for {3}/{4}. Import the feed with a wider window.",
                    Name,
                    LocalDatePattern.Iso.Format(Covers.Start),
                    LocalDatePattern.Iso.Format(Covers.End),
                    LocalDatePattern.Iso.Format(dates.Start),
                    LocalDatePattern.Iso.Format(dates.End)));
        }

        return days.Values.Where(d => dates.Contains(d.Date)).ToArray();
    }

    /// <summary>Formats as <c>AUT holidays (2010-01-01/2025-12-31, 130 days)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1}/{2}, {3} days)", Name, LocalDatePattern.Iso.Format(Covers.Start), LocalDatePattern.Iso.Format(Covers.End), days.Count);

    private static IEnumerable<LocalDate> DatesOf(DateInterval dates)
    {
        for (var d = dates.Start; d <= dates.End; d = d.PlusDays(1))
        {
            yield return d;
        }
    }
}
