using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Calendars;

/// <summary>An <see cref="IHolidaySource"/> over a fixed list of non-working days held in memory.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class InMemoryHolidaySource : IHolidaySource
{
    private readonly NonWorkingDay[] days;

    /// <summary>Initializes a new instance of the <see cref="InMemoryHolidaySource"/> class.</summary>
    /// <param name="name">The source's name, used in error messages.</param>
    /// <param name="days">The non-working days; at most one per date.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space; an item of <paramref name="days"/> is null; or two items share a date.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public InMemoryHolidaySource(string name, IEnumerable<NonWorkingDay> days)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(days);
        var list = new List<NonWorkingDay>();
        var seen = new HashSet<LocalDate>();
        var index = 0;
        foreach (var day in days)
        {
            if (day is null)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Holiday source '{0}': item {1} is null.", name, index), nameof(days));
            }

            if (!seen.Add(day.Date))
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Holiday source '{0}': item {1} ({2}) repeats a date already listed.", name, index, day),
                    nameof(days));
            }

            list.Add(day);
            index++;
        }

        Name = name;
        this.days = [.. list.OrderBy(d => d.Date)];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets every non-working day of the source, ordered by date.</summary>
    public IReadOnlyList<NonWorkingDay> Days => Array.AsReadOnly(days);

    /// <inheritdoc />
    /// <remarks>The result is ordered by date.</remarks>
    public IEnumerable<NonWorkingDay> NonWorkingDaysIn(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return days.Where(d => d.Date.Calendar == dates.Start.Calendar && dates.Contains(d.Date)).ToArray();
    }

    /// <summary>Formats as <c>AUT holidays (13 days)</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} ({1} days)", Name, days.Length);
}
