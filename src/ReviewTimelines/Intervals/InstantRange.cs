using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ReviewTimelines.Intervals;

/// <summary>A half-open instant interval <c>[Start, End)</c> on the NodaTime time line.</summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> is inclusive and <see cref="End"/> exclusive (RFC 5545 §3.6.1: DTSTART inclusive,
/// DTEND non-inclusive). Two non-empty ranges overlap iff <c>a.Start &lt; b.End &amp;&amp; b.Start &lt; a.End</c>,
/// so ranges that touch (<c>a.End == b.Start</c>) never overlap.
/// </para>
/// <para>
/// A zero-length range <c>[t, t)</c> stands for the instant <c>t</c> (a deadline marker). Following
/// RFC 4791 §9.9 it overlaps a non-empty range <c>[s, e)</c> iff <c>s &lt;= t &lt; e</c>; two zero-length
/// ranges never overlap each other.
/// </para>
/// <para>
/// <c>default(InstantRange)</c> is the zero-length range at the Unix epoch. The range is never inverted:
/// every factory rejects an end before the start with <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct InstantRange : IEquatable<InstantRange>, IComparable<InstantRange>
{
    private InstantRange(Instant start, Instant end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the inclusive start instant.</summary>
    public Instant Start { get; }

    /// <summary>Gets the exclusive end instant (equal to <see cref="Start"/> for a zero-length range).</summary>
    public Instant End { get; }

    /// <summary>Gets the exact elapsed time <c>End - Start</c> (never negative).</summary>
    public Duration Duration => End - Start;

    /// <summary>Gets a value indicating whether this is a zero-length range (an instant marker).</summary>
    public bool IsEmpty => Start == End;

    /// <summary>Creates the half-open range <c>[start, end)</c>.</summary>
    /// <param name="start">The inclusive start.</param>
    /// <param name="end">The exclusive end; may equal <paramref name="start"/> for a zero-length marker.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is earlier than <paramref name="start"/>.</exception>
    public static InstantRange FromInstants(Instant start, Instant end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(
                nameof(end),
                end,
                string.Format(CultureInfo.InvariantCulture, "The end {0} is before the start {1}.", end, start));
        }

        return new InstantRange(start, end);
    }

    /// <summary>Creates the half-open range <c>[start, start + duration)</c>.</summary>
    /// <param name="start">The inclusive start.</param>
    /// <param name="duration">The exact length; zero gives a marker.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative, or <c>start + duration</c> is after
    /// <see cref="Instant.MaxValue"/>.</exception>
    public static InstantRange StartingAt(Instant start, Duration duration)
    {
        if (duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The duration must not be negative.");
        }

        if (duration > Instant.MaxValue - start)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The end start + duration is after Instant.MaxValue.");
        }

        return new InstantRange(start, start + duration);
    }

    /// <summary>Creates the zero-length range <c>[instant, instant)</c> that marks one instant (a deadline).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The zero-length range.</returns>
    public static InstantRange AtInstant(Instant instant) => new(instant, instant);

    /// <summary>Tells whether <paramref name="instant"/> lies in <c>[Start, End)</c>.</summary>
    /// <param name="instant">The instant to test.</param>
    /// <returns><see langword="true"/> iff <c>Start &lt;= instant &lt; End</c>; always false for a zero-length range.</returns>
    public bool Contains(Instant instant) => Start <= instant && instant < End;

    /// <summary>Tells whether this range shares at least one instant with <paramref name="other"/>.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>
    /// For two non-empty ranges, <c>Start &lt; other.End &amp;&amp; other.Start &lt; End</c>; for a zero-length
    /// range at <c>t</c> against a non-empty one, <c>s &lt;= t &lt; e</c> (RFC 4791 §9.9); false for two zero-length ranges.
    /// Symmetric.
    /// </returns>
    public bool Overlaps(InstantRange other)
    {
        if (IsEmpty)
        {
            return other.Contains(Start);
        }

        if (other.IsEmpty)
        {
            return Contains(other.Start);
        }

        return Start < other.End && other.Start < End;
    }

    /// <summary>Gets the common part of this range and <paramref name="other"/>.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>
    /// The intersection when <see cref="Overlaps(InstantRange)"/> is true (a zero-length range when one side is a
    /// marker), otherwise <see langword="null"/>.
    /// </returns>
    public InstantRange? Intersect(InstantRange other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return new InstantRange(start, end < start ? start : end);
    }

    /// <summary>Gets the free range between this range and <paramref name="other"/>.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>
    /// <c>[earlier.End, later.Start)</c> when the two do not overlap (zero-length when they touch), otherwise
    /// <see langword="null"/>.
    /// </returns>
    public InstantRange? GapTo(InstantRange other)
    {
        if (Overlaps(other))
        {
            return null;
        }

        return End <= other.Start
            ? new InstantRange(End, other.Start)
            : new InstantRange(other.End, Start);
    }

    /// <summary>Tells whether <paramref name="other"/> lies wholly inside this range.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> iff <c>Start &lt;= other.Start</c> and <c>other.End &lt;= End</c>, and, for a zero-length
    /// <paramref name="other"/>, its instant is contained (<c>other.Start &lt; End</c>).</returns>
    public bool Contains(InstantRange other) =>
        other.IsEmpty ? Contains(other.Start) : Start <= other.Start && other.End <= End;

    /// <summary>Returns this range moved by <paramref name="offset"/> (both ends).</summary>
    /// <param name="offset">The exact shift; may be negative.</param>
    /// <returns>The shifted range, with the same duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The shifted range would leave NodaTime's instants: its end after
    /// <see cref="Instant.MaxValue"/> or its start before <see cref="Instant.MinValue"/>.</exception>
    public InstantRange Shift(Duration offset)
    {
        if (offset > Duration.Zero ? offset > Instant.MaxValue - End : offset < Instant.MinValue - Start)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The shifted range would leave the range of Instant (Instant.MinValue to Instant.MaxValue).");
        }

        return new(Start + offset, End + offset);
    }

    /// <summary>Returns the range widened by <paramref name="before"/> at the start and <paramref name="after"/> at the end.</summary>
    /// <param name="before">The time added before <see cref="Start"/> (a before-buffer); not negative.</param>
    /// <param name="after">The time added after <see cref="End"/> (an after-buffer); not negative.</param>
    /// <returns><c>[Start - before, End + after)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A buffer is negative, or <c>Start - before</c> is before
    /// <see cref="Instant.MinValue"/> (names <paramref name="before"/>), or <c>End + after</c> is after
    /// <see cref="Instant.MaxValue"/> (names <paramref name="after"/>).</exception>
    public InstantRange Widen(Duration before, Duration after)
    {
        if (before < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(before), before, "The before-buffer must not be negative.");
        }

        if (after < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(after), after, "The after-buffer must not be negative.");
        }

        if (before > Start - Instant.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(before), before, "The widened start Start - before is before Instant.MinValue.");
        }

        if (after > Instant.MaxValue - End)
        {
            throw new ArgumentOutOfRangeException(nameof(after), after, "The widened end End + after is after Instant.MaxValue.");
        }

        return new InstantRange(Start - before, End + after);
    }

    /// <summary>Gets the Allen relation of this range (<c>a</c>) to <paramref name="other"/> (<c>b</c>).</summary>
    /// <remarks>
    /// Exactly one of the 13 relations holds. For non-empty ranges they are decided on the end points of the half-open
    /// ranges, so touching ranges are <see cref="AllenRelation.Meets"/> / <see cref="AllenRelation.MetBy"/>. A zero-length
    /// marker at <c>t</c> against a non-empty <c>[s, e)</c> is <see cref="AllenRelation.Starts"/> when <c>t == s</c>,
    /// <see cref="AllenRelation.During"/> when <c>s &lt; t &lt; e</c>, <see cref="AllenRelation.MetBy"/> when <c>t == e</c>,
    /// and <see cref="AllenRelation.Before"/> / <see cref="AllenRelation.After"/> otherwise (RFC 4791 §9.9); two markers are
    /// <see cref="AllenRelation.Equal"/>, <see cref="AllenRelation.Before"/> or <see cref="AllenRelation.After"/>.
    /// <c>b.Relate(a)</c> is always <c>a.Relate(b).Converse()</c>.
    /// </remarks>
    /// <param name="other">The range <c>b</c>.</param>
    /// <returns>The relation "this ... other".</returns>
    public AllenRelation Relate(InstantRange other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return RelateWithMarker(this, other);
        }

        var startVsStart = Start.CompareTo(other.Start);
        var endVsEnd = End.CompareTo(other.End);
        if (End < other.Start)
        {
            return AllenRelation.Before;
        }

        if (End == other.Start)
        {
            return AllenRelation.Meets;
        }

        if (other.End < Start)
        {
            return AllenRelation.After;
        }

        if (other.End == Start)
        {
            return AllenRelation.MetBy;
        }

        // From here on the two non-empty ranges share instants.
        return (startVsStart, endVsEnd) switch
        {
            (0, 0) => AllenRelation.Equal,
            (0, < 0) => AllenRelation.Starts,
            (0, > 0) => AllenRelation.StartedBy,
            ( > 0, 0) => AllenRelation.Finishes,
            ( < 0, 0) => AllenRelation.FinishedBy,
            ( > 0, < 0) => AllenRelation.During,
            ( < 0, > 0) => AllenRelation.Contains,
            ( < 0, < 0) => AllenRelation.Overlaps,
            _ => AllenRelation.OverlappedBy,
        };
    }

    /// <summary>Compares by start, then by end.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(InstantRange other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    private static AllenRelation RelateWithMarker(InstantRange a, InstantRange b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            var c = a.Start.CompareTo(b.Start);
            return c < 0 ? AllenRelation.Before : c > 0 ? AllenRelation.After : AllenRelation.Equal;
        }

        if (b.IsEmpty)
        {
            return RelateWithMarker(b, a).Converse();
        }

        // a is a marker at t, b = [s, e) is non-empty.
        var t = a.Start;
        if (t < b.Start)
        {
            return AllenRelation.Before;
        }

        if (t == b.Start)
        {
            return AllenRelation.Starts;
        }

        if (t < b.End)
        {
            return AllenRelation.During;
        }

        return t == b.End ? AllenRelation.MetBy : AllenRelation.After;
    }

    /// <inheritdoc />
    public bool Equals(InstantRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InstantRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Formats as ISO-8601 <c>start/end</c> in UTC, e.g. <c>2025-06-02T08:00:00Z/2025-06-02T09:00:00Z</c>.</summary>
    /// <returns>The invariant-culture text.</returns>
    public override string ToString() =>
        InstantPattern.ExtendedIso.Format(Start) + "/" + InstantPattern.ExtendedIso.Format(End);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when both ends are equal.</returns>
    public static bool operator ==(InstantRange left, InstantRange right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when an end differs.</returns>
    public static bool operator !=(InstantRange left, InstantRange right) => !left.Equals(right);

    /// <summary>Orders by start, then end.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(InstantRange left, InstantRange right) => left.CompareTo(right) < 0;

    /// <summary>Orders by start, then end.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(InstantRange left, InstantRange right) => left.CompareTo(right) > 0;

    /// <summary>Orders by start, then end.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when left does not sort last.</returns>
    public static bool operator <=(InstantRange left, InstantRange right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by start, then end.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True when left does not sort first.</returns>
    public static bool operator >=(InstantRange left, InstantRange right) => left.CompareTo(right) >= 0;
}
