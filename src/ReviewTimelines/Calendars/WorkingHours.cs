using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Calendars;

/// <summary>A weekly pattern of working hours (local times per day of the week) from an effective date on.</summary>
/// <remarks>
/// A calendar may hold several patterns; on each date the last pattern whose <see cref="EffectiveFrom"/> is on or
/// before it applies, unless the calendar has an override for that very date. Spans on one day of the week must not
/// overlap; a span that crosses midnight belongs to the day it starts on. Such a span may run into the next day's
/// first span (Monday 22:00–02:00 and Tuesday 01:00–09:00); the expansion merges the two into one instant range.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WorkingHours : IEquatable<WorkingHours>
{
    private readonly WorkingHoursRange[][] byDay = new WorkingHoursRange[8][];

    /// <summary>Initializes a new instance of the <see cref="WorkingHours"/> class.</summary>
    /// <param name="effectiveFrom">The first date the pattern applies to; <see langword="null"/> for "since always".</param>
    /// <param name="spans">The spans, each with the day of the week it starts on; days with no span have no hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    /// <exception cref="ArgumentException">A day is not a day of the week, or two spans of one day overlap.</exception>
    public WorkingHours(LocalDate? effectiveFrom, IEnumerable<KeyValuePair<IsoDayOfWeek, WorkingHoursRange>> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        if (effectiveFrom is { } from)
        {
            WorkingCalendar.CheckIso(from, nameof(effectiveFrom));
        }

        var lists = new List<WorkingHoursRange>[8];
        foreach (var (day, span) in spans)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a day of the week.", day), nameof(spans));
            }

            var list = lists[(int)day] ??= [];
            foreach (var existing in list)
            {
                if (existing.OverlapsOnSameDay(span))
                {
                    throw new ArgumentException(
                        string.Format(CultureInfo.InvariantCulture, "Working hours {0} and {1} on {2} overlap.", existing, span, day),
                        nameof(spans));
                }
            }

            list.Add(span);
        }

        for (var d = 0; d < 8; d++)
        {
            byDay[d] = lists[d] is { } list ? [.. list.OrderBy(s => s.Start)] : [];
        }

        EffectiveFrom = effectiveFrom;
    }

    /// <summary>Gets the first date the pattern applies to, or <see langword="null"/> when it applies since always.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Creates the pattern with the same span on each of <paramref name="days"/>.</summary>
    /// <param name="effectiveFrom">The first date the pattern applies to; <see langword="null"/> for "since always".</param>
    /// <param name="days">The days of the week that have hours.</param>
    /// <param name="span">The span on each of those days.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">A day is not a day of the week or is named twice.</exception>
    public static WorkingHours Uniform(LocalDate? effectiveFrom, IEnumerable<IsoDayOfWeek> days, WorkingHoursRange span)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new WorkingHours(effectiveFrom, days.Select(d => KeyValuePair.Create(d, span)));
    }

    /// <summary>Gets the spans on <paramref name="day"/>, ordered by start time.</summary>
    /// <param name="day">The day of the week the spans start on.</param>
    /// <returns>The spans; empty when the day has none.</returns>
    public IReadOnlyList<WorkingHoursRange> On(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? Array.AsReadOnly(byDay[(int)day]) : [];

    internal WorkingHoursRange[] SpansOn(IsoDayOfWeek day) => byDay[(int)day];

    /// <summary>Tells whether <paramref name="other"/> has the same effective date and the same spans on every day of the week.</summary>
    /// <param name="other">The other pattern.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public bool Equals(WorkingHours? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (EffectiveFrom != other.EffectiveFrom)
        {
            return false;
        }

        for (var d = 1; d <= 7; d++)
        {
            if (!byDay[d].AsSpan().SequenceEqual(other.byDay[d]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingHours);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(EffectiveFrom);
        for (var d = 1; d <= 7; d++)
        {
            foreach (var span in byDay[d])
            {
                hash.Add(d);
                hash.Add(span);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>Mon 09:00/17:00, Thu 16:00/18:00 from 2023-06-01</c>.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var d = 1; d <= 7; d++)
        {
            foreach (var span in byDay[d])
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(((IsoDayOfWeek)d).ToString()[..3]).Append(' ').Append(span.ToString());
            }
        }

        if (EffectiveFrom is { } from)
        {
            text.Append(" from ").Append(LocalDatePattern.Iso.Format(from));
        }

        return text.Length == 0 ? "(no hours)" : text.ToString();
    }
}
