using System.Globalization;
using NodaTime;

namespace ReviewTimelines.Intervals;

/// <summary>One resource a new slot requires, with the time it is available and the time it is blocked by existing items and their buffers.</summary>
/// <remarks>
/// <para>
/// <see cref="Busy"/> holds the existing items; <see cref="Blocked"/> holds them with their buffers (BC-23: a
/// before-buffer <c>b</c> on <c>[s, e)</c> blocks <c>[s - b, s)</c>, an after-buffer <c>a</c> blocks <c>[e, e + a)</c>),
/// and always contains <see cref="Busy"/>. A new slot's footprint (the slot with its own buffers) must lie inside
/// <see cref="Availability"/> and must not overlap <see cref="Blocked"/>.
/// </para>
/// <para>Zero-length items hold no instant (RFC 4791 §9.9) and never block a slot.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SlotResource
{
    /// <summary>Initializes a new instance of the <see cref="SlotResource"/> class with the same buffers around every busy range.</summary>
    /// <param name="key">The resource.</param>
    /// <param name="availability">When the resource can be booked at all (e.g. working hours).</param>
    /// <param name="busy">The existing items.</param>
    /// <param name="busyBefore">The buffer blocked before every busy range; not negative.</param>
    /// <param name="busyAfter">The buffer blocked after every busy range; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="availability"/> or <paramref name="busy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A buffer is negative.</exception>
    public SlotResource(ResourceKey key, InstantRangeSet availability, InstantRangeSet busy, Duration busyBefore, Duration busyAfter)
        : this(key, availability, busy, Widen(busy, busyBefore, busyAfter))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SlotResource"/> class with busy ranges and their already buffered extent (per-item buffers).</summary>
    /// <param name="key">The resource.</param>
    /// <param name="availability">When the resource can be booked at all.</param>
    /// <param name="busy">The existing items.</param>
    /// <param name="blocked">The existing items widened by their own buffers; must contain <paramref name="busy"/>.</param>
    /// <exception cref="ArgumentNullException">A set is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or <paramref name="blocked"/> does not contain <paramref name="busy"/>.</exception>
    public SlotResource(ResourceKey key, InstantRangeSet availability, InstantRangeSet busy, InstantRangeSet blocked)
    {
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentNullException.ThrowIfNull(blocked);
        if (key.IsDefault)
        {
            throw new ArgumentException("The resource key must not be default.", nameof(key));
        }

        if (!busy.Except(blocked).IsEmpty)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The blocked set of {0} does not contain all of its busy set.", key), nameof(blocked));
        }

        Key = key;
        Availability = availability;
        Busy = busy;
        Blocked = blocked;
    }

    /// <summary>Gets the resource.</summary>
    public ResourceKey Key { get; }

    /// <summary>Gets when the resource can be booked at all.</summary>
    public InstantRangeSet Availability { get; }

    /// <summary>Gets the existing items.</summary>
    public InstantRangeSet Busy { get; }

    /// <summary>Gets the existing items with their buffers; contains <see cref="Busy"/>.</summary>
    public InstantRangeSet Blocked { get; }

    private static InstantRangeSet Widen(InstantRangeSet busy, Duration busyBefore, Duration busyAfter)
    {
        ArgumentNullException.ThrowIfNull(busy);
        if (busyBefore < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(busyBefore), busyBefore, "The before-buffer must not be negative.");
        }

        if (busyAfter < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(busyAfter), busyAfter, "The after-buffer must not be negative.");
        }

        if (busyBefore == Duration.Zero && busyAfter == Duration.Zero)
        {
            return busy;
        }

        var widened = new InstantRange[busy.Count];
        for (var i = 0; i < widened.Length; i++)
        {
            widened[i] = busy[i].Widen(busyBefore, busyAfter);
        }

        return InstantRangeSet.FromRanges(widened);
    }
}
