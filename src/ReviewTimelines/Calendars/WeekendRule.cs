using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>The weekend days of a working calendar from an effective date on (until the next rule takes effect).</summary>
/// <remarks>
/// Weekends differ by country and change over time: the UAE moved from Thursday–Friday to Friday–Saturday on
/// 2006-09-01 and to Saturday–Sunday on 2022-01-01; Israel and Egypt keep Friday–Saturday
/// (REVIEW-MECHANISMS.md §6.1). A rule must leave at least one working day a week.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record WeekendRule
{
    private readonly bool[] isWeekend = new bool[8];

    /// <summary>Initializes a new instance of the <see cref="WeekendRule"/> class.</summary>
    /// <param name="effectiveFrom">The first date the rule applies to; <see langword="null"/> for "since always".</param>
    /// <param name="weekendDays">The weekend days (zero to six distinct days).</param>
    /// <exception cref="ArgumentNullException"><paramref name="weekendDays"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weekendDays"/> holds <see cref="IsoDayOfWeek.None"/> or all seven days.</exception>
    public WeekendRule(LocalDate? effectiveFrom, IEnumerable<IsoDayOfWeek> weekendDays)
    {
        ArgumentNullException.ThrowIfNull(weekendDays);
        foreach (var day in weekendDays)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a day of the week.", day), nameof(weekendDays));
            }

            isWeekend[(int)day] = true;
        }

        WeekendDays = Array.AsReadOnly(Enumerable.Range(1, 7).Where(d => isWeekend[d]).Select(d => (IsoDayOfWeek)d).ToArray());
        if (WeekendDays.Count == 7)
        {
            throw new ArgumentException("A weekend rule must leave at least one working day a week.", nameof(weekendDays));
        }

        EffectiveFrom = effectiveFrom;
    }

    /// <summary>Gets the first date the rule applies to, or <see langword="null"/> when it applies since always.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the weekend days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WeekendDays { get; }

    /// <summary>Gets the Saturday–Sunday rule with no start date.</summary>
    public static WeekendRule SaturdaySunday { get; } = new(null, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);

    /// <summary>Gets the Friday–Saturday rule with no start date.</summary>
    public static WeekendRule FridaySaturday { get; } = new(null, [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]);

    /// <summary>Tells whether <paramref name="day"/> is a weekend day under this rule.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns>True for a weekend day.</returns>
    public bool IsWeekend(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday && isWeekend[(int)day];

    /// <summary>Returns a copy of this rule that takes effect on <paramref name="date"/>.</summary>
    /// <param name="date">The first date the copy applies to.</param>
    /// <returns>The dated rule.</returns>
    public WeekendRule From(LocalDate date) => new(date, WeekendDays);

    /// <inheritdoc />
    public bool Equals(WeekendRule? other) =>
        other is not null && EffectiveFrom == other.EffectiveFrom && WeekendDays.SequenceEqual(other.WeekendDays);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, string.Join(",", WeekendDays));

    /// <summary>Formats as <c>Fri,Sat from 2006-09-01</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() =>
        string.Join(",", WeekendDays.Select(d => d.ToString()[..3])) +
        (EffectiveFrom is { } from ? " from " + LocalDatePattern.Iso.Format(from) : string.Empty);
}
